package io.github.pixivajax.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.internal.PixivJson;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Field-exact decoding: walks every capture's JSON tree alongside the record it decodes to. A key no
 * record property claims (it lands in {@code other()}, or is dropped by a record without one), a
 * value that decodes to something else (a number, string or boolean that differs) and a value the
 * capture holds but the record lost (decoded to null, 0, false or empty) are all listed; the list
 * must equal the capture's golden list under {@code src/test/resources/golden/unmodeled/}. So a
 * misspelled property name ({@code @JsonProperty("likeDta")}) fails here, as does a field that
 * starts being modeled (then the golden list shrinks: regenerate it with
 * {@code -Dpixiv.golden.update=true} and review the diff).
 */
class FieldExactDecodingTest {
  private static final ObjectMapper JSON = PixivJson.mapper();
  private static final Map<Class<?>, Map<String, RecordComponent>> PROPERTIES = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> everyCaptureKeyIsModeledOrListed() {
    return tests(DriftTest.all(), Fixtures::seedBytes);
  }

  @TestFactory
  Stream<DynamicTest> everyExtraFixtureKeyIsModeledOrListed() {
    return tests(ExtraCaptures.cases(), name -> Fixtures.resource(name).getBytes(StandardCharsets.UTF_8));
  }

  private static Stream<DynamicTest> tests(List<CaptureCase> cases, Function<String, byte[]> load) {
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.capture(), () -> check(c, load.apply(c.capture()))));
  }

  private static void check(CaptureCase c, byte[] bytes) throws Exception {
    Object decoded = DriftTest.decode(c, bytes);
    JsonNode doc = JSON.readTree(bytes);
    JsonNode root = c.enveloped() ? doc.get("body") : doc;
    Set<String> found = new TreeSet<>();
    walk(root, decoded, "$", found);
    Path golden = goldenFile(c.capture());
    if (Boolean.getBoolean("pixiv.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, found, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden list for %s (create it with -Dpixiv.golden.update=true)", c.capture()).isRegularFile();
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    assertThat(found)
        .as("keys of %s not claimed by any record property, values decoded differently, or lost (golden: %s)",
            c.capture(), golden)
        .containsExactlyElementsOf(expected);
  }

  private static Path goldenFile(String capture) {
    return Fixtures.repoRoot().resolve("pixiv-core/src/test/resources/golden/unmodeled")
        .resolve(capture.replaceFirst("\\.json$", ".txt"));
  }

  private static void walk(JsonNode json, Object value, String path, Set<String> found) {
    if (json == null || json.isNull() || json.isMissingNode()) {
      return;
    }
    if (value == null) {
      if (!isDefault(json)) {
        found.add(path + " lost");
      }
      return;
    }
    if (value instanceof Record record) {
      if (!json.isObject()) {
        return;
      }
      Map<String, RecordComponent> props = properties(record.getClass());
      Map<String, Object> other = anySetter(record);
      json.fields().forEachRemaining(e -> {
        RecordComponent rc = props.get(e.getKey());
        if (rc == null) {
          boolean kept = other != null && (other.containsKey(e.getKey()) || e.getValue().isNull());
          found.add(path + "." + e.getKey() + (other == null ? " dropped" : kept ? "" : " lost"));
        } else {
          walk(e.getValue(), read(rc, record), path + "." + e.getKey(), found);
        }
      });
      return;
    }
    if (value instanceof Map<?, ?> map) {
      if (!json.isObject()) {
        return;
      }
      json.fields().forEachRemaining(e -> {
        if (map.containsKey(e.getKey())) {
          walk(e.getValue(), map.get(e.getKey()), path + ".*", found);
        } else if (!e.getValue().isNull()) {
          found.add(path + ".* key dropped");
        }
      });
      return;
    }
    if (value instanceof Collection<?> list) {
      if (!json.isArray()) {
        return;
      }
      List<JsonNode> items = new ArrayList<>();
      json.forEach(items::add);
      if (items.size() != list.size()) {
        // Ad slots ({"isAdContainer":true}) carry no id and are left out of decoded pages.
        items.removeIf(n -> n.isObject() && !n.has("id"));
        found.add(path + "[] " + (json.size() - items.size()) + " without id left out");
      }
      if (items.size() != list.size()) {
        found.add(path + "[] size " + json.size() + " decoded as " + list.size());
        return;
      }
      int i = 0;
      for (Object item : list) {
        walk(items.get(i++), item, path + "[]", found);
      }
      return;
    }
    if (!json.isValueNode()) {
      return;
    }
    if (value instanceof Number n) {
      BigDecimal expected = number(json);
      if (expected != null && new BigDecimal(n.toString()).compareTo(expected) != 0) {
        found.add(path + " decoded as " + n);
      }
    } else if (value instanceof String s) {
      if ((json.isTextual() || json.isNumber()) && !s.equals(json.asText())) {
        found.add(path + (s.isEmpty() ? " lost" : " decoded differently"));
      }
    } else if (value instanceof Boolean b) {
      if (json.isBoolean() && b != json.booleanValue()) {
        found.add(path + " decoded as " + b);
      }
    }
  }

  private static boolean isDefault(JsonNode json) {
    if (json.isContainerNode()) {
      return json.isEmpty();
    }
    if (json.isBoolean()) {
      return !json.booleanValue();
    }
    if (json.isNumber()) {
      return json.decimalValue().signum() == 0;
    }
    return json.asText().isEmpty();
  }

  private static BigDecimal number(JsonNode json) {
    if (json.isNumber()) {
      return json.decimalValue();
    }
    if (json.isTextual()) {
      try {
        return new BigDecimal(json.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> anySetter(Record record) {
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      try {
        if (record.getClass().getDeclaredField(rc.getName()).isAnnotationPresent(JsonAnySetter.class)) {
          return (Map<String, Object>) read(rc, record);
        }
      } catch (NoSuchFieldException e) {
        throw new AssertionError(e);
      }
    }
    return null;
  }

  private static Object read(RecordComponent rc, Record record) {
    try {
      rc.getAccessor().setAccessible(true);
      return rc.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** JSON name (and aliases) of each property Jackson sees on {@code type}, to its record component. */
  private static Map<String, RecordComponent> properties(Class<?> type) {
    return PROPERTIES.computeIfAbsent(type, t -> {
      Map<String, RecordComponent> byInternal = new HashMap<>();
      for (RecordComponent rc : t.getRecordComponents()) {
        byInternal.put(rc.getName(), rc);
      }
      BeanDescription desc = JSON.getDeserializationConfig().introspect(JSON.constructType(t));
      Map<String, RecordComponent> byJson = new HashMap<>();
      for (BeanPropertyDefinition p : desc.findProperties()) {
        RecordComponent rc = byInternal.get(p.getInternalName());
        if (rc == null) {
          continue;
        }
        byJson.put(p.getName(), rc);
        List<PropertyName> aliases = new ArrayList<>(p.findAliases());
        aliases.forEach(a -> byJson.put(a.getSimpleName(), rc));
      }
      return byJson;
    });
  }
}
