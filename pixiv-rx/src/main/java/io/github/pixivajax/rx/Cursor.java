package io.github.pixivajax.rx;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a paginated stream stands: which resource, with which parameters, and the position of the
 * next page. Opaque, immutable, serializable, and encodable as a URL-safe string; {@link
 * RxPixiv#resume(Cursor)} continues exactly after the page that carried it.
 *
 * @param <T> the item type of the stream it belongs to
 */
public final class Cursor<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final TreeMap<String, String> params;
  private final String position;

  Cursor(String resource, Map<String, String> params, String position) {
    this.resource = Objects.requireNonNull(resource, "resource == null");
    this.params = new TreeMap<>(params);
    this.position = Objects.requireNonNull(position, "position == null");
  }

  /** The stream's resource, e.g. {@code search.artworks}. */
  public String resource() {
    return resource;
  }

  /** The stream's parameters, as sent to pixiv. */
  public Map<String, String> params() {
    return Collections.unmodifiableMap(params);
  }

  /** The position of the next page, e.g. {@code p=3} or {@code offset=48}; {@code end} when none is left. */
  public String position() {
    return position;
  }

  /** True when the stream this came from has no page left. */
  public boolean isEnd() {
    return position.equals(END);
  }

  static final String END = "end";

  /** A compact URL-safe form, e.g. for a CLI's {@code --resume}. */
  public String encode() {
    StringBuilder b = new StringBuilder().append(resource).append('\n').append(position);
    params.forEach((k, v) -> b.append('\n').append(escape(k)).append('=').append(escape(v)));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor {@link #encode()} produced.
   *
   * @throws IllegalArgumentException if {@code encoded} is not such a string
   */
  public static Cursor<?> decode(String encoded) {
    Objects.requireNonNull(encoded, "encoded == null");
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("encoded is not a cursor: not URL-safe base64", e);
    }
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || lines[0].isEmpty() || lines[1].isEmpty()) {
      throw new IllegalArgumentException("encoded is not a cursor: missing resource or position");
    }
    Map<String, String> params = new TreeMap<>();
    for (int i = 2; i < lines.length; i++) {
      int eq = lines[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("encoded is not a cursor: bad parameter line " + (i - 1));
      }
      params.put(unescape(lines[i].substring(0, eq)), unescape(lines[i].substring(eq + 1)));
    }
    return new Cursor<>(lines[0], params, lines[1]);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\e");
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 'e' ? '=' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cursor<?> c && c.resource.equals(resource) && c.params.equals(params) && c.position.equals(position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, params, position);
  }

  @Override
  public String toString() {
    return "Cursor{" + resource + " " + params + " @ " + position + "}";
  }
}
