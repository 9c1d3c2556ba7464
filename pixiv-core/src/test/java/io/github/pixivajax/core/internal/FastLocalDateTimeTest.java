package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.model.artwork.Comment;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local date-time fast path: the shapes it takes parse exactly as java.time parses them, every other
 * shape is left to Jackson's deserializer, which still applies the property's own {@code @JsonFormat}.
 */
class FastLocalDateTimeTest {
  private static final ObjectMapper JSON = PixivJson.mapper();

  @ParameterizedTest
  @ValueSource(strings = {
      "2022-08-18 22:30", "2022-08-18T22:30", "2022-09-09T02:00:07", "2022-09-09 02:00:07.5", "2024-02-29T23:59:59.123456789",
      "0001-01-01T00:00", "9999-12-31 23:59:59.000001"})
  void acceptedShapesParseExactlyAsJavaTime(String s) {
    assertThat(DateTimeText.local(s, s.length(), false)).isEqualTo(LocalDateTime.parse(s.replace(' ', 'T')));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2022-08-18", "2022-08-1822:30", "2022-08-18 22:3", "2022-08-18 22:30:0", "2022-08-18 22:30:00.",
      "2022-08-18 22:30:00.1234567890", "2022-08-18 22:30:00Z", "2022-08-18 22:30:00+09:00", "2022-02-30 10:00",
      "2022-08-18 24:00", "2022-08-18 22:60", "2022-08-18 22:30:60", "2022-08-18x22:30", "2022/08/18 22:30",
      "2022-08-18 22-30", "2022-08-18 22:30-00", "20x2-08-18 22:30", "2022-0x-18 22:30", "2022-08-x8 22:30",
      "2022-08-18 2x:30", "2022-08-18 22:3x", "2022-08-18 22:30:x0", "2022-08-18 22:30:00.1x", " 2022-08-18 22:30"})
  void otherShapesAreLeftToJackson(String s) {
    assertThat(DateTimeText.local(s, s.length(), false)).isNull();
  }

  @Test
  void anOffsetStartsAfterTheSecondsAndTheirFraction() {
    assertThat(DateTimeText.endOfSecondsAndFraction("2022-09-09T02:00:00")).isEqualTo(19);
    assertThat(DateTimeText.endOfSecondsAndFraction("2022-09-09T02:00:00+09:00")).isEqualTo(19);
    assertThat(DateTimeText.endOfSecondsAndFraction("2022-09-09T02:00:00.125Z")).isEqualTo(23);
    assertThat(DateTimeText.endOfSecondsAndFraction("2022-09-09T02:00:00.")).isEqualTo(20);
  }

  @Test
  void secondsCanBeRequired() {
    assertThat(DateTimeText.local("2022-08-18 22:30", 16, true)).isNull();
    assertThat(DateTimeText.local("2022-08-18 22:30:01Z", 19, true)).isEqualTo(LocalDateTime.of(2022, 8, 18, 22, 30, 1));
  }

  @Test
  void propertiesDecodeThroughTheFastPath() throws Exception {
    // Comment's own pattern has no fraction of a second: only the fast path reads this one.
    Comment c = JSON.readValue("{\"id\":\"1\",\"commentDate\":\"2022-08-18 22:30:05.25\"}", Comment.class);
    assertThat(c.commentDate()).isEqualTo(LocalDateTime.of(2022, 8, 18, 22, 30, 5, 250_000_000));
  }

  @Test
  void shapesTheFastPathLeavesStillDecodeWithThePropertysPattern() throws Exception {
    // Comment's pattern takes a date and time with no separator at all; the fast path does not.
    Comment glued = JSON.readValue("{\"id\":\"1\",\"commentDate\":\"2022-08-1822:30\"}", Comment.class);
    assertThat(glued.commentDate()).isEqualTo(LocalDateTime.of(2022, 8, 18, 22, 30));
    Comment spaced = JSON.readValue("{\"id\":\"2\",\"commentDate\":\"2023-07-22 09:14\"}", Comment.class);
    assertThat(spaced.commentDate()).isEqualTo(LocalDateTime.of(2023, 7, 22, 9, 14));
  }

  @Test
  void unannotatedPropertiesKeepJacksonsOtherForms() throws Exception {
    record At(LocalDateTime at, int after) {}
    assertThat(JSON.readValue("{\"at\":\" 2022-09-09T02:00:07 \",\"after\":1}", At.class).at())
        .isEqualTo(LocalDateTime.of(2022, 9, 9, 2, 0, 7));
    assertThat(JSON.readValue("{\"at\":[2022,9,9,2,3],\"after\":2}", At.class).at())
        .isEqualTo(LocalDateTime.of(2022, 9, 9, 2, 3));
    assertThat(JSON.readValue("{\"at\":\"\",\"after\":3}", At.class).at()).isNull();
  }
}
