package io.github.pixivajax.core.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search word or tag as one URL path segment. {@link #toString()} is the percent-encoded segment
 * (every byte but {@code A–Z a–z 0–9 - . _ ~} escaped, as JavaScript's {@code encodeURIComponent}
 * does plus {@code !'()*}), so {@code /}, {@code ?}, {@code #}, {@code %} and {@code +} stay inside
 * the segment.
 *
 * <p>{@code "."} and {@code ".."} are refused: URL resolution removes such a segment (percent-encoded
 * too, as {@code %2E}), so no HTTP client can send one.
 */
public final class SearchWord {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String word;
  private final String segment;

  private SearchWord(String word, String segment) {
    this.word = word;
    this.segment = segment;
  }

  /** @throws IllegalArgumentException if {@code word} is blank, {@code "."} or {@code ".."} */
  public static SearchWord of(String word) {
    return of(word, "word");
  }

  static SearchWord of(String word, String name) {
    Objects.requireNonNull(word, name + " == null");
    if (word.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    if (word.equals(".") || word.equals("..")) {
      throw new IllegalArgumentException(name + " \"" + word + "\" cannot be a URL path segment");
    }
    return new SearchWord(word, encode(word));
  }

  /** The word as given. */
  public String word() {
    return word;
  }

  /** The percent-encoded path segment, for Retrofit's {@code @Path(encoded = true)}. */
  @Override
  public String toString() {
    return segment;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SearchWord && ((SearchWord) o).word.equals(word);
  }

  @Override
  public int hashCode() {
    return word.hashCode();
  }

  private static String encode(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
