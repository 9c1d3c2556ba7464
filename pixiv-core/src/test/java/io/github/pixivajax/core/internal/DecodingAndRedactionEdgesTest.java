package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Edges of the tolerant decoders, the null-dropping copies and the redactor's cause-chain walk. */
class DecodingAndRedactionEdgesTest {
  record Flags(@Nullable Boolean maybe, boolean sure) {}

  record Dates(@Nullable LocalDate plain, @JsonFormat(pattern = "yyyy/MM/dd") @Nullable LocalDate slashed) {}

  private static Flags flags(String maybe, String sure) throws IOException {
    return PixivJson.mapper().readValue("{\"maybe\":" + maybe + ",\"sure\":" + sure + "}", Flags.class);
  }

  @Test
  void numbersAreTrueUnlessZero() throws IOException {
    assertThat(flags("2", "0.5")).isEqualTo(new Flags(true, true));
    assertThat(flags("0", "0.0")).isEqualTo(new Flags(false, false));
    assertThat(flags("-1", "1")).isEqualTo(new Flags(true, true));
  }

  @Test
  void stringsSayingNoAreFalseAndBlankStringsAreTheNullValue() throws IOException {
    assertThat(flags("\"false\"", "\"no\"")).isEqualTo(new Flags(false, false));
    assertThat(flags("\"off\"", "\"00.0\"")).isEqualTo(new Flags(false, false));
    assertThat(flags("\" Yes \"", "\"1\"")).isEqualTo(new Flags(true, true));
    assertThat(flags("\" \"", "\"null\"")).isEqualTo(new Flags(null, false));
    assertThat(flags("\"NULL\"", "\"\"")).isEqualTo(new Flags(null, false));
    assertThat(flags("null", "null")).isEqualTo(new Flags(null, false));
    assertThat(flags("[1]", "{\"a\":1}")).isEqualTo(new Flags(true, true));
    assertThat(flags("[]", "{}")).isEqualTo(new Flags(false, false));
  }

  @Test
  void jsonBooleansStayAsTheyAre() throws IOException {
    assertThat(flags("true", "false")).isEqualTo(new Flags(true, false));
    assertThat(flags("false", "true")).isEqualTo(new Flags(false, true));
  }

  // A fresh mapper each time: Jackson caches contextualised deserializers per mapper.
  @Test
  void eightDigitNumbersAreDatesFromYear1000To9999() throws IOException {
    Dates d = PixivJson.create().readValue("{\"plain\":10000101,\"slashed\":99991231}", Dates.class);
    assertThat(d.plain()).isEqualTo(LocalDate.of(1000, 1, 1));
    assertThat(d.slashed()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(PixivJson.create().readValue("20240229", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PixivJson.mapper().readValue("\"2024-03-01\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThatThrownBy(() -> PixivJson.mapper().readValue("20241301", LocalDate.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void aPropertysDatePatternIsHonoured() throws IOException {
    Dates d = PixivJson.create().readValue("{\"plain\":\"2024-01-02\",\"slashed\":\"2024/01/03\"}", Dates.class);
    assertThat(d.plain()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(d.slashed()).isEqualTo(LocalDate.of(2024, 1, 3));
  }

  @Test
  void digitStringsUpTo18DigitsAreEpochValuesLongerOnesAreRejected() throws IOException {
    assertThat(PixivJson.mapper().readValue("\"100000000000000000\"", OffsetDateTime.class))
        .isEqualTo(java.time.Instant.ofEpochMilli(100_000_000_000_000_000L).atOffset(java.time.ZoneOffset.UTC));
    assertThatThrownBy(() -> PixivJson.mapper().readValue("\"1000000000000000000\"", OffsetDateTime.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void shapesTheFastPathLeavesOutFallBackToIso() throws IOException {
    assertThat(PixivJson.mapper().readValue("\"2024-01-02T03:04+09:00\"", OffsetDateTime.class))
        .isEqualTo(OffsetDateTime.parse("2024-01-02T03:04+09:00"));
  }

  @Test
  void fastPathWithoutOffsetReturnsNothingAndRareOffsetsAreExact() {
    assertThat(FastOffsetDateTimeDeserializer.parse("2024-01-02T03:04:05.123")).isNull();
    assertThat(FastOffsetDateTimeDeserializer.parse("2024-01-02T03:04:05.5")).isNull();
    assertThat(FastOffsetDateTimeDeserializer.parse("2024-01-02T03:04:05+13:45"))
        .isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05+13:45"));
    assertThat(FastOffsetDateTimeDeserializer.parse("2024-01-02T03:04:05-0930"))
        .isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05-09:30"));
    assertThat(FastOffsetDateTimeDeserializer.parse("2024-01-02T03:04:05.25-03:30"))
        .isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05.25-03:30"));
  }

  @Test
  void copiesDropNullsAndReuseImmutableLists() {
    List<String> immutable = List.of("a", "b");
    assertThat(Copies.list(immutable)).isSameAs(immutable);
    List<String> withNulls = new ArrayList<>(Arrays.asList("a", null, "c", null));
    List<String> copy = Copies.list(withNulls);
    assertThat(copy).containsExactly("a", "c");
    withNulls.set(0, "z");
    assertThat(copy).containsExactly("a", "c");
    assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Copies.list(new ArrayList<>(Arrays.asList((String) null)))).isEmpty();
  }

  @Test
  void mapsKeepingNullsDropOnlyNullKeys() {
    java.util.Map<String, String> in = new java.util.HashMap<>();
    in.put("a", null);
    in.put("b", "2");
    in.put(null, "3");
    java.util.Map<String, String> copy = Copies.mapKeepingNulls(in);
    assertThat(copy).hasSize(2).containsEntry("a", null).containsEntry("b", "2");
    assertThat(Copies.mapKeepingNulls(null)).isEmpty();
    assertThatThrownBy(() -> copy.put("c", "4")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void secretsOfFourCharactersAreRedacted() {
    Redactor r = new Redactor(() -> List.of("abcd", "xyz"));
    assertThat(r.redact("1abcd2 xyz")).isEqualTo("1<redacted>2 xyz");
  }

  @Test
  void snippetsKeep200CharactersAndCutLonger() {
    Redactor r = Redactor.patternsOnly();
    String s200 = "x".repeat(200);
    assertThat(r.snippet(s200)).isEqualTo(s200);
    assertThat(r.snippet(s200 + "y")).isEqualTo(s200 + "…");
  }

  @Test
  void causeWithoutSecretsIsReturnedAsIs() {
    Redactor r = new Redactor(() -> List.of("s3cr3t"));
    IOException clean = new IOException("timeout", new IllegalStateException("no secret"));
    assertThat(r.cause(clean)).isSameAs(clean);
    IllegalStateException nullMessage = new IllegalStateException((String) null);
    assertThat(r.cause(nullMessage)).isSameAs(nullMessage);
  }

  @Test
  void causeWithASecretIsCopiedRedactedWithItsTypeAndStack() {
    Redactor r = new Redactor(() -> List.of("s3cr3t"));
    IOException leaky = new IOException("cookie s3cr3t refused");
    Throwable copy = r.cause(leaky);
    assertThat(copy).isInstanceOf(Redactor.RedactedIOException.class)
        .hasMessage("java.io.IOException: cookie <redacted> refused")
        .hasNoCause();
    assertThat(copy.getStackTrace()).isEqualTo(leaky.getStackTrace());
    assertThat(copy.toString()).isEqualTo("java.io.IOException: cookie <redacted> refused");

    IllegalStateException outer = new IllegalStateException((String) null, new RuntimeException("s3cr3t"));
    Throwable outerCopy = r.cause(outer);
    assertThat(outerCopy).isInstanceOf(Redactor.RedactedException.class)
        .hasMessage("java.lang.IllegalStateException");
    assertThat(outerCopy.toString()).isEqualTo("java.lang.IllegalStateException");
    assertThat(outerCopy.getCause()).hasMessage("java.lang.RuntimeException: <redacted>");
  }

  @Test
  void cyclicCauseChainsEndAfterNineLevels() {
    Redactor r = new Redactor(() -> List.of("s3cr3t"));
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(r.cause(a)).isSameAs(a);

    RuntimeException c = new RuntimeException("s3cr3t c");
    RuntimeException d = new RuntimeException("d", c);
    c.initCause(d);
    Throwable copy = r.cause(c);
    int length = 0;
    for (Throwable t = copy; t != null; t = t.getCause()) {
      length++;
    }
    assertThat(length).isEqualTo(10);
    assertThat(copy).hasMessage("java.lang.RuntimeException: <redacted> c");
  }

  @Test
  void secretsDeeperThanNineCausesAreNotLookedFor() {
    Redactor r = new Redactor(() -> List.of("s3cr3t"));
    Throwable deepest = new RuntimeException("s3cr3t");
    Throwable chain = deepest;
    for (int i = 0; i < 9; i++) {
      chain = new RuntimeException("level " + i, chain);
    }
    assertThat(r.cause(chain)).isSameAs(chain); // secret at depth 9
    Throwable shallower = new RuntimeException("s3cr3t");
    for (int i = 0; i < 8; i++) {
      shallower = new RuntimeException("level " + i, shallower);
    }
    assertThat(r.cause(shallower)).isNotSameAs(shallower); // secret at depth 8
  }

  @Test
  void csrfPageReadsAnObjectStateEscapedMetaDataAndSkipsLongerTagNames() {
    String nextData = "<html><script id=\"__NEXT_DATA__\" type=\"application/json\">"
        + "{\"props\":{\"pageProps\":{\"serverSerializedPreloadedState\":"
        + "{\"api\":{\"token\":\"tok-object\"},\"userData\":{\"self\":{\"id\":\"77\"}}}}}}</script></html>";
    CsrfPage page = CsrfPage.parse(nextData, PixivJson.mapper());
    assertThat(page.token).isEqualTo("tok-object");
    assertThat(page.userId).isEqualTo("77");

    String meta = "<meta name=\"global-data\" id=\"meta-global-data\" content=\"{&quot;token&quot;:&quot;tok&amp;meta&quot;,"
        + "&quot;userData&quot;:{&quot;id&quot;:&quot;42&quot;}}\">";
    CsrfPage fromMeta = CsrfPage.parse(meta, PixivJson.mapper());
    assertThat(fromMeta.token).isEqualTo("tok&meta");
    assertThat(fromMeta.userId).isEqualTo("42");

    CsrfPage longerName = CsrfPage.parse("<metax id=\"meta-global-data\" content='{\"token\":\"nope\"}'>", PixivJson.mapper());
    assertThat(longerName.token).isNull();
    assertThat(CsrfPage.parse("<p>end</p><meta", PixivJson.mapper()).token).isNull();
  }
}
