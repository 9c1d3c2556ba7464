package io.github.pixivajax.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by the converter, which cannot see the request; {@link ErrorMapper} turns it into the
 * public exception once the request's method and path are known.
 */
final class ResponseProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  enum Kind {
    /** {@code "error": true}. */
    API_ERROR,
    /** An HTML page where JSON was expected. */
    HTML,
    /** Malformed or undecodable JSON. */
    DECODE
  }

  final Kind kind;
  final @Nullable String pixivMessage;
  final String snippet;

  ResponseProblem(Kind kind, @Nullable String pixivMessage, String snippet, @Nullable Throwable cause) {
    super(kind + (pixivMessage == null ? "" : ": " + pixivMessage), cause, false, false);
    this.kind = kind;
    this.pixivMessage = pixivMessage;
    this.snippet = snippet;
  }
}
