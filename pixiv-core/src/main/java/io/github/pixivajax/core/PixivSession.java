package io.github.pixivajax.core;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The credentials sent to pixiv: nothing, a {@code PHPSESSID}, or a whole {@code Cookie} header
 * copied from a logged-in browser.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the secret, nor does any message
 * this class produces.
 */
public final class PixivSession {
  // PHPSESSID of a logged-in account is "{userId}_{random}"; pixiv's alphabet is URL-safe.
  private static final Pattern PHPSESSID = Pattern.compile("[A-Za-z0-9_-]{8,256}");
  private static final Pattern LOGGED_IN_PHPSESSID = Pattern.compile("([1-9][0-9]{0,18})_[A-Za-z0-9_-]+");
  private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private static final PixivSession ANONYMOUS = new PixivSession(null, null);

  private final @Nullable String cookieHeader;
  private final @Nullable String userId;

  private PixivSession(@Nullable String cookieHeader, @Nullable String userId) {
    this.cookieHeader = cookieHeader;
    this.userId = userId;
  }

  /** No cookie: public endpoints only. */
  public static PixivSession anonymous() {
    return ANONYMOUS;
  }

  /**
   * The value of the {@code PHPSESSID} cookie of a logged-in browser, e.g. {@code 12345_AbC…}. A
   * leading {@code PHPSESSID=} is accepted and dropped.
   *
   * @throws IllegalArgumentException if blank or not shaped like a PHPSESSID (the message does not
   *     repeat the value)
   */
  public static PixivSession ofPhpSessId(String phpSessId) {
    Objects.requireNonNull(phpSessId, "phpSessId == null");
    String v = phpSessId.trim();
    if (v.regionMatches(true, 0, "PHPSESSID=", 0, 10)) {
      v = v.substring(10).trim();
    }
    if (v.isEmpty()) {
      throw new IllegalArgumentException("phpSessId is blank");
    }
    if (!PHPSESSID.matcher(v).matches()) {
      throw new IllegalArgumentException(
          "phpSessId is malformed: expected 8-256 characters of [A-Za-z0-9_-] (visible ASCII, no ';', ',' or"
              + " whitespace), like {userId}_{random} ("
              + v.length()
              + " characters given)");
    }
    return new PixivSession("PHPSESSID=" + v, userIdOf(v));
  }

  /**
   * What users paste: a bare PHPSESSID, {@code PHPSESSID=…}, or a whole {@code Cookie} header
   * ({@code a=1; PHPSESSID=…}), trimmed.
   *
   * @throws IllegalArgumentException if blank or malformed (the message does not repeat the value)
   */
  public static PixivSession parse(String value) {
    Objects.requireNonNull(value, "value == null");
    String v = value.trim();
    if (v.regionMatches(true, 0, "Cookie:", 0, 7) || v.indexOf(';') >= 0) {
      return ofCookieHeader(v);
    }
    int eq = v.indexOf('=');
    if (eq < 0 || v.regionMatches(true, 0, "PHPSESSID=", 0, 10)) {
      return ofPhpSessId(v);
    }
    return ofCookieHeader(v);
  }

  /**
   * A raw {@code Cookie} header ({@code name=value; name2=value2}) copied from a logged-in browser.
   * The user id is taken from its {@code PHPSESSID}, when present.
   *
   * @throws IllegalArgumentException if blank, if it contains line breaks or control characters, or
   *     if a part is not {@code name=value} (the message does not repeat the value)
   */
  public static PixivSession ofCookieHeader(String cookieHeader) {
    Objects.requireNonNull(cookieHeader, "cookieHeader == null");
    String raw = cookieHeader.trim();
    if (raw.regionMatches(true, 0, "Cookie:", 0, 7)) {
      raw = raw.substring(7).trim();
    }
    if (raw.isEmpty()) {
      throw new IllegalArgumentException("cookieHeader is blank");
    }
    String userId = null;
    int parts = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(
            "cookieHeader is malformed: control character or line break at index " + i);
      }
    }
    for (String part : raw.split(";")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0 || !COOKIE_NAME.matcher(p.substring(0, eq).trim()).matches()) {
        throw new IllegalArgumentException(
            "cookieHeader is malformed: part " + (parts + 1) + " is not name=value");
      }
      checkCookieValue(p.substring(eq + 1).trim(), parts + 1);
      parts++;
      if (p.substring(0, eq).trim().equals("PHPSESSID")) {
        userId = userIdOf(p.substring(eq + 1).trim());
      }
    }
    if (parts == 0) {
      throw new IllegalArgumentException("cookieHeader is malformed: no name=value pair");
    }
    return new PixivSession(raw, userId);
  }

  // RFC 6265 cookie-octets (visible ASCII but whitespace, '"', ',', ';' and '\\'): OkHttp would
  // otherwise reject the header later with a message that quotes the whole cookie.
  private static void checkCookieValue(String value, int part) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == ',' || c == ';' || c == '\\' || (c == '"' && i != 0 && i != value.length() - 1)) {
        throw new IllegalArgumentException("cookieHeader is malformed: the value of part " + part
            + " has a character that is not allowed in a cookie (only visible ASCII without whitespace, ',', ';' or '\\')"
            + " at index " + i);
      }
    }
  }

  private static @Nullable String userIdOf(String phpSessId) {
    var m = LOGGED_IN_PHPSESSID.matcher(phpSessId);
    return m.matches() ? m.group(1) : null;
  }

  /** True when no cookie is sent. */
  public boolean isAnonymous() {
    return cookieHeader == null;
  }

  /**
   * The account id encoded in the PHPSESSID's {@code {userId}_…} prefix, if any. A session can still
   * be logged out on pixiv's side; {@code PixivClient} finds that out on its first write.
   */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** The Cookie header value to send; package-private so that it stays out of the public API. */
  @Nullable String cookieHeader() {
    return cookieHeader;
  }

  @Override
  public String toString() {
    if (cookieHeader == null) {
      return "PixivSession{anonymous}";
    }
    return "PixivSession{userId=" + (userId == null ? "unknown" : userId) + ", cookie=<redacted>}";
  }
}
