package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The fast path itself (not just the decoded value, which java.time's fallback would also produce):
 * every shape it accepts is parsed exactly as java.time parses it, and every other shape is left to
 * the fallback (null).
 */
class FastOffsetDateTimeParseTest {
  private static final ObjectMapper JSON = PixivJson.mapper();

  @ParameterizedTest
  @ValueSource(strings = {
      "2022-09-09T02:00:00+09:00", "2022-09-09T02:00:00Z", "1999-12-31T23:59:59-05:30", "2024-02-29T00:00:00+00:00",
      "2022-08-23T10:11:12.5+09:00", "2022-08-23T10:11:12.123456789Z", "2022-08-23T10:11:12.000001-01:00",
      "0001-01-01T00:00:00+18:00", "9999-12-31T23:59:59-18:00", "2022-09-09T19:08:07+0900", "2022-09-09T19:08:07-0130"})
  void acceptedShapesParseExactlyAsJavaTime(String s) {
    OffsetDateTime expected = OffsetDateTime.parse(s.matches(".*[+-]\\d{4}$") ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2) : s);
    assertThat(FastOffsetDateTimeDeserializer.parse(s)).isEqualTo(expected);
  }

  @Test
  void aSpaceSeparatorIsAccepted() {
    assertThat(FastOffsetDateTimeDeserializer.parse("2022-09-09 02:03:04+09:00"))
        .isEqualTo(OffsetDateTime.of(2022, 9, 9, 2, 3, 4, 0, ZoneOffset.ofHours(9)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2022-09-09T02:00:00", "2022-09-09", "2022/09/09T02:00:00Z", "2022-09-09X02:00:00Z", "2022-09-09T02-00:00Z",
      "2022-09-09T02:00-00Z", "2022-09-09T02:00:00.Z", "2022-09-09T02:00:00.1234567890Z", "2022-09-09T02:00:00+9",
      "2022-09-09T02:00:00+09:0", "2022-09-09T02:00:00+09-00", "2022-09-09T02:00:00+19:00", "2022-09-09T02:00:00ZZ",
      "2022-13-09T02:00:00Z", "2022-02-30T02:00:00Z", "2022-09-09T24:00:00Z", "2022-09-09T02:60:00Z",
      "2022-09-09T02:00:60Z", "x022-09-09T02:00:00Z", "2022-0x-09T02:00:00Z", "2022-09-0xT02:00:00Z",
      "2022-09-09T0x:00:00Z", "2022-09-09T02:0x:00Z", "2022-09-09T02:00:0xZ", "2022-09-09T02:00:00+0x:00",
      "2022-09-09T02:00:00+09:0x", "2022-09-09T02:00:00.12xZ", "2022-09-09T02:00:00 09:00"})
  void otherShapesAreLeftToTheFallback(String s) {
    assertThat(FastOffsetDateTimeDeserializer.parse(s)).isNull();
  }

  @Test
  void shapesTheFastPathLeavesDecodeThroughJavaTime() throws Exception {
    assertThat(JSON.readValue("\"2022-09-09T02:00+09:00\"", OffsetDateTime.class))
        .isEqualTo(OffsetDateTime.of(2022, 9, 9, 2, 0, 0, 0, ZoneOffset.ofHours(9)));
  }

  @Test
  void epochSecondsAndMillisecondsDecode() throws Exception {
    assertThat(JSON.readValue("1662656400", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2022-09-08T17:00:00Z"));
    assertThat(JSON.readValue("1662656400123", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2022-09-08T17:00:00.123Z"));
    assertThat(JSON.readValue("100000000000", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("5138-11-16T09:46:40Z"));
    assertThat(JSON.readValue("100000000001", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("1973-03-03T09:46:40.001Z"));
    assertThat(JSON.readValue("\"1662656400\"", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2022-09-08T17:00:00Z"));
  }

  @Test
  void nonStringsAndBlanksDecodeAsNull() throws Exception {
    assertThat(JSON.readValue("\"  \"", OffsetDateTime.class)).isNull();
    record Holder(OffsetDateTime at, int after) {}
    Holder h = JSON.readValue("{\"at\":{\"x\":[1]},\"after\":7}", Holder.class);
    assertThat(h.at()).isNull();
    assertThat(h.after()).isEqualTo(7);
    assertThat(JSON.readValue("{\"at\":[1,2],\"after\":8}", Holder.class).after()).isEqualTo(8);
    assertThat(JSON.readValue("{\"at\":\"2022-09-09T02:00:00.5+09:00\",\"after\":1}", Holder.class).at())
        .isEqualTo(OffsetDateTime.parse("2022-09-09T02:00:00.5+09:00"));
  }
}
