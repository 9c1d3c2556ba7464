package io.github.pixivajax.core.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that may reach logs or exception messages: the configured session and
 * CSRF values, and anything shaped like a PHPSESSID or a CSRF token.
 */
public final class Redactor {
  public static final String MASK = "<redacted>";

  private static final Pattern PHPSESSID_LIKE = Pattern.compile("(?i)(PHPSESSID=)[^;\\s\"']+");
  private static final Pattern SESSION_LIKE = Pattern.compile("\\b[0-9]{1,19}_[A-Za-z0-9]{20,}\\b");
  private static final Pattern TOKEN_LIKE = Pattern.compile("\\b[0-9a-f]{32}\\b");
  private static final Pattern TOKEN_FIELD =
      Pattern.compile("(?i)(\"(?:token|csrf[_-]?token|postKey)\"\\s*:\\s*\")[^\"]*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private final Supplier<? extends Collection<String>> secrets;

  public Redactor(Supplier<? extends Collection<String>> secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets == null");
  }

  public static Redactor patternsOnly() {
    return new Redactor(List::of);
  }

  public String redact(String text) {
    String out = text;
    for (String secret : secrets.get()) {
      if (secret.length() >= 4) {
        out = out.replace(secret, MASK);
      }
    }
    out = PHPSESSID_LIKE.matcher(out).replaceAll("$1" + MASK);
    out = TOKEN_FIELD.matcher(out).replaceAll("$1" + MASK);
    out = SESSION_LIKE.matcher(out).replaceAll(MASK);
    return TOKEN_LIKE.matcher(out).replaceAll(MASK);
  }

  /** {@link #redact(String)} that passes null through. */
  public @org.jspecify.annotations.Nullable String redactNullable(@org.jspecify.annotations.Nullable String text) {
    return text == null ? null : redact(text);
  }

  /**
   * {@code t} itself when no message in its cause chain carries a secret; otherwise a stand-in whose
   * messages are redacted, with the original stack traces. An {@link IOException} stays one.
   */
  public <T extends Throwable> Throwable cause(T t) {
    if (clean(t, 0)) {
      return t;
    }
    return copy(t, 0);
  }

  private boolean clean(@org.jspecify.annotations.Nullable Throwable t, int depth) {
    if (t == null || depth > 8) {
      return true;
    }
    String m = t.getMessage();
    return (m == null || redact(m).equals(m)) && clean(t.getCause(), depth + 1);
  }

  private Throwable copy(Throwable t, int depth) {
    String m = t.getMessage();
    String message = t.getClass().getName() + (m == null ? "" : ": " + redact(m));
    Throwable c = t.getCause();
    Throwable cause = c == null || c == t || depth > 8 ? null : copy(c, depth + 1);
    Throwable out = t instanceof IOException ? new RedactedIOException(message, cause) : new RedactedException(message, cause);
    out.setStackTrace(t.getStackTrace());
    return out;
  }

  /** Stands in for an exception whose message carried a secret; the message names the original type. */
  public static final class RedactedException extends Exception {
    private static final long serialVersionUID = 1L;

    RedactedException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return String.valueOf(getMessage());
    }
  }

  /** {@link RedactedException} for an {@link IOException}. */
  public static final class RedactedIOException extends IOException {
    private static final long serialVersionUID = 1L;

    RedactedIOException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return String.valueOf(getMessage());
    }
  }

  /** A short, single-line, secret-free excerpt of a response body; HTML is reduced to its text. */
  public String snippet(String body) {
    String s = body.strip();
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    if (s.startsWith("<")) {
      s = TAG.matcher(s.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")).replaceAll(" ");
    }
    s = WHITESPACE.matcher(s).replaceAll(" ").strip();
    // Redact before cutting so that a secret split by the cut cannot leak half of itself.
    s = redact(s);
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
