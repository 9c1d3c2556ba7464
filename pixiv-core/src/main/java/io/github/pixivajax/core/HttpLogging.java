package io.github.pixivajax.core;

/**
 * How much of each HTTP exchange to log, at DEBUG on SLF4J logger {@code io.github.pixivajax.http}.
 * Cookies, {@code Set-Cookie}, {@code x-csrf-token} and token-shaped values are always redacted.
 */
public enum HttpLogging {
  NONE,
  /** Request and response lines. */
  BASIC,
  /** Lines and headers. */
  HEADERS,
  /** Lines, headers and bodies. */
  BODY
}
