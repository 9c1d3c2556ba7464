package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cursor's string form: what encode writes, decode reads back, whatever the parameters hold. */
class CursorCodecTest {
  private static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parametersWithBackslashesNewlinesAndEqualsSignsRoundTrip() {
    Cursor<String> c = new Cursor<>("search.artworks",
        Map.of("word", "a=b\\n\nc\\", "k=1", "x", "tool", "\\e"), "p=3");
    Cursor<?> back = Cursor.decode(c.encode());
    assertThat(back.params()).isEqualTo(Map.of("word", "a=b\\n\nc\\", "k=1", "x", "tool", "\\e"));
    assertThat(back.resource()).isEqualTo("search.artworks");
    assertThat(back.position()).isEqualTo("p=3");
    assertThat(back).isEqualTo(c).hasSameHashCodeAs(c);
  }

  @Test
  void aTrailingLoneBackslashIsKeptLiterally() {
    Cursor<?> c = Cursor.decode(b64("r\np=2\nword=ab\\"));
    assertThat(c.params()).containsEntry("word", "ab\\");
    assertThat(Cursor.decode(b64("r\np=2\nword=\\x\\n\\e\\\\"))
        .params()).containsEntry("word", "x\n=\\");
  }

  @Test
  void aParameterLineWithoutANameIsRejectedWithItsNumber() {
    assertThatThrownBy(() -> Cursor.decode(b64("r\np=2\na=1\n=x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encoded is not a cursor: bad parameter line 2");
    assertThatThrownBy(() -> Cursor.decode(b64("r\np=2\nnoequals")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encoded is not a cursor: bad parameter line 1");
  }

  @Test
  void aCursorWithoutParametersDecodes() {
    Cursor<?> c = Cursor.decode(b64("feeds.follow\np=4"));
    assertThat(c.params()).isEmpty();
    assertThat(c.position()).isEqualTo("p=4");
    assertThatThrownBy(() -> Cursor.decode(b64("feeds.follow"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encoded is not a cursor: missing resource or position");
  }

  @Test
  void anEmptyValueIsAllowed() {
    assertThat(Cursor.decode(b64("r\np=2\na=")).params()).isEqualTo(Map.of("a", ""));
  }

  @Test
  void equalityCoversResourceParametersAndPosition() {
    Cursor<String> c = new Cursor<>("r", Map.of("a", "1"), "p=2");
    assertThat(c).isEqualTo(new Cursor<>("r", Map.of("a", "1"), "p=2"))
        .isNotEqualTo(new Cursor<>("s", Map.of("a", "1"), "p=2"))
        .isNotEqualTo(new Cursor<>("r", Map.of("a", "2"), "p=2"))
        .isNotEqualTo(new Cursor<>("r", Map.of("a", "1"), "p=3"))
        .isNotEqualTo("r");
    assertThat(c.hashCode()).isNotEqualTo(new Cursor<>("r", Map.of("a", "1"), "p=3").hashCode());
    assertThat(c.toString()).isEqualTo("Cursor{r {a=1} @ p=2}");
    assertThat(c.isEnd()).isFalse();
    assertThat(new Cursor<>("r", Map.of(), "end").isEnd()).isTrue();
  }
}
