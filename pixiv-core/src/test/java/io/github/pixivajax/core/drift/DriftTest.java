package io.github.pixivajax.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.api.NoEnvelope;
import io.github.pixivajax.core.internal.EnvelopeConverterFactory;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.internal.Redactor;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * pixiv's JSON drifts by endpoint and over the years. Every capture is mutated the ways it has been
 * seen to drift; decoding must still succeed and yield the same ids.
 */
class DriftTest {
  private static final ObjectMapper JSON = PixivJson.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PLAIN_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,15})");
  private static final Pattern ID_KEY = Pattern.compile("(?i).*id(s)?$|^id.*");
  private static final Retrofit RETROFIT = new Retrofit.Builder().baseUrl("http://localhost/").build();
  private static final EnvelopeConverterFactory CONVERTERS =
      new EnvelopeConverterFactory(JSON, Redactor.patternsOnly());

  static List<CaptureCase> all() {
    List<CaptureCase> all = new ArrayList<>();
    all.addAll(ArtworkCaptures.cases());
    all.addAll(UserCaptures.cases());
    all.addAll(SearchCaptures.cases());
    all.addAll(FeedCaptures.cases());
    all.addAll(RequestCaptures.cases());
    return all;
  }

  @Test
  void noCaptureIsRegisteredTwice() {
    assertThat(all().stream().map(CaptureCase::capture)).doesNotHaveDuplicates();
  }

  @Test
  void everyCaptureIsRegistered() throws Exception {
    Stream<String> registered = all().stream().map(CaptureCase::capture);
    List<String> onDisk;
    var root = Fixtures.seeds();
    try (var files = java.nio.file.Files.walk(root)) {
      onDisk = files.filter(p -> p.toString().endsWith(".json")).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertThat(registered.sorted().toList()).containsExactlyElementsOf(onDisk);
  }

  @TestFactory
  Stream<DynamicTest> everyCaptureSurvivesEveryDrift() {
    return driftTests(all(), Fixtures::seedBytes);
  }

  /** Every mutation (and a UTF-8 BOM) over every case, reading each case's bytes with {@code load}. */
  static Stream<DynamicTest> driftTests(List<CaptureCase> cases, Function<String, byte[]> load) {
    Map<String, UnaryOperator<JsonNode>> mutations = Map.of(
        "numbers as strings", n -> map(n, DriftTest::numberToString),
        "numeric strings as numbers", n -> map(n, DriftTest::stringToNumber),
        "empty objects as []", n -> map(n, DriftTest::emptyObjectToArray),
        "unknown fields everywhere", n -> map(n, DriftTest::addUnknownField),
        "optional fields null", n -> map(n, o -> nullOrDropScalars(o, false)),
        "optional fields missing", n -> map(n, o -> nullOrDropScalars(o, true)),
        "all at once", n -> map(map(map(n, DriftTest::numberToString), DriftTest::emptyObjectToArray), DriftTest::addUnknownField));
    return cases.stream().flatMap(c -> {
      Stream<DynamicTest> perMutation = mutations.entrySet().stream().map(m ->
          DynamicTest.dynamicTest(c.capture() + " / " + m.getKey(), () -> assertSurvives(
              c, load.apply(c.capture()), m.getValue(), false, !LOSSY.contains(m.getKey()))));
      return Stream.concat(perMutation, Stream.of(
          DynamicTest.dynamicTest(c.capture() + " / UTF-8 BOM", () -> assertSurvives(c, load.apply(c.capture()), UnaryOperator.identity(), true, true))));
    });
  }

  private static void assertSurvives(
      CaptureCase c, byte[] original, UnaryOperator<JsonNode> mutation, boolean bom, boolean lossless)
      throws Exception {
    Object decodedOriginal = decode(c, original);
    List<String> expected = c.ids().apply(decodedOriginal);
    assertThat(expected).as("%s: its case must extract something that drift could lose", c.capture()).isNotEmpty();
    JsonNode doc = JSON.readTree(original);
    JsonNode mutated;
    if (c.enveloped()) {
      ObjectNode env = doc.deepCopy();
      env.set("body", mutation.apply(doc.get("body")));
      mutated = env;
    } else {
      mutated = mutation.apply(doc);
    }
    byte[] bytes = JSON.writeValueAsBytes(mutated);
    if (bom) {
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      bytes = withBom;
    }
    Object decodedMutated = decode(c, bytes);
    if (lossless || !SCALARS_ONLY.contains(c.capture())) {
      assertThat(c.ids().apply(decodedMutated)).isEqualTo(expected);
    }
    if (lossless) {
      // Nothing was removed, only re-spelled: the whole record must come out the same, apart from other().
      assertThat(difference(withoutOther(decodedMutated), withoutOther(decodedOriginal), "$")).as("first difference").isNull();
    }
  }

  /** Where {@code actual} first differs from {@code expected}, or null. */
  static String difference(Object actual, Object expected, String path) {
    if (actual instanceof Map<?, ?> a && expected instanceof Map<?, ?> e) {
      if (!a.keySet().equals(e.keySet())) {
        return path + ": keys " + a.keySet() + " vs expected " + e.keySet();
      }
      for (Object k : e.keySet()) {
        String d = difference(a.get(k), e.get(k), path + "." + k);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (actual instanceof List<?> a && expected instanceof List<?> e) {
      if (a.size() != e.size()) {
        return path + ": size " + a.size() + " vs expected " + e.size();
      }
      for (int i = 0; i < a.size(); i++) {
        String d = difference(a.get(i), e.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (java.util.Objects.equals(actual, expected)) {
      return null;
    }
    // Untyped values (Map<String, Object>) keep whichever JSON type came: "7" and 7 are the same value.
    boolean scalars = (actual instanceof Number || actual instanceof String) && (expected instanceof Number || expected instanceof String);
    if (scalars && String.valueOf(actual).equals(String.valueOf(expected))) {
      return null;
    }
    return path + ": " + actual + " vs expected " + expected;
  }

  /** Bodies of scalars only, which the lossy mutations remove entirely: nothing is left to compare. */
  private static final java.util.Set<String> SCALARS_ONLY = java.util.Set.of(
      "ajax/illusts/like.json", "ajax/webpush.json", "ajax/user/extra.json", "ajax/dashboard/settings.json");


  /** Mutations that remove values: only the ids can be compared. */
  private static final java.util.Set<String> LOSSY = java.util.Set.of("optional fields null", "optional fields missing");

  /** {@code value} as plain maps and lists, each record's {@code other} component left out. */
  static Object withoutOther(Object value) {
    if (value instanceof Record r) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("@type", r.getClass().getSimpleName());
      for (java.lang.reflect.RecordComponent rc : r.getClass().getRecordComponents()) {
        if (rc.getName().equals("other")) {
          continue;
        }
        try {
          rc.getAccessor().setAccessible(true);
          m.put(rc.getName(), withoutOther(rc.getAccessor().invoke(r)));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
      return m;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> m = new java.util.LinkedHashMap<>();
      // Maps of data (tag translations, social links) take in the field the unknown-fields drift adds.
      map.forEach((k, v) -> {
        if (!"zzUnknownField".equals(k)) {
          m.put(k, withoutOther(v));
        }
      });
      return m;
    }
    if (value instanceof java.util.Collection<?> list) {
      return list.stream().map(DriftTest::withoutOther).toList();
    }
    return value;
  }

  static Object decode(CaptureCase c, byte[] bytes) throws Exception {
    Annotation[] annotations = c.enveloped() ? new Annotation[0] : Unenveloped.class.getMethod("doc").getAnnotations();
    Converter<ResponseBody, ?> converter = CONVERTERS.responseBodyConverter(c.type(), annotations, RETROFIT);
    Object value = converter.convert(ResponseBody.create(MediaType.get("application/json"), bytes));
    assertThat(value).isNotNull();
    return value;
  }

  interface Unenveloped {
    @NoEnvelope
    void doc();
  }

  /** Applies {@code f} bottom-up to every node; {@code f} may return a replacement. */
  private static JsonNode map(JsonNode node, UnaryOperator<JsonNode> f) {
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), map(e.getValue(), f)));
      return f.apply(copy);
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(e -> copy.add(map(e, f)));
      return f.apply(copy);
    }
    return f.apply(node);
  }

  private static JsonNode numberToString(JsonNode n) {
    return n.isNumber() ? NODES.textNode(n.asText()) : n;
  }

  private static JsonNode stringToNumber(JsonNode n) {
    if (n.isTextual() && PLAIN_INTEGER.matcher(n.asText()).matches()) {
      return NODES.numberNode(Long.parseLong(n.asText()));
    }
    return n;
  }

  private static JsonNode emptyObjectToArray(JsonNode n) {
    return n.isObject() && n.isEmpty() ? NODES.arrayNode() : n;
  }

  private static JsonNode addUnknownField(JsonNode n) {
    // Maps keyed by id (userIllusts, profile/all's illusts) are data, not schema: no field to add there.
    if (n.isObject() && !isIdKeyedMap(n)) {
      ObjectNode o = (ObjectNode) n;
      o.putObject("zzUnknownField").put("added", "by drift").putArray("list").add(1).add("x").addNull();
    }
    return n;
  }

  private static boolean isIdKeyedMap(JsonNode n) {
    if (n.isEmpty()) {
      return false;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      if (!PLAIN_INTEGER.matcher(it.next()).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Optional scalars come null or not at all; ids and the fields that hold them are kept. */
  private static JsonNode nullOrDropScalars(JsonNode n, boolean drop) {
    if (!n.isObject()) {
      return n;
    }
    ObjectNode o = (ObjectNode) n;
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      JsonNode v = o.get(k);
      if (v.isValueNode() && !ID_KEY.matcher(k).matches() && !PLAIN_INTEGER.matcher(k).matches()) {
        keys.add(k);
      }
    }
    for (String k : keys) {
      if (drop) {
        o.remove(k);
      } else {
        o.putNull(k);
      }
    }
    return o;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
