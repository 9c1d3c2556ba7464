package io.github.pixivajax.examples.fake;

/** An error a handler answers with: an HTTP status and pixiv's error envelope carrying {@code message}. */
final class FakeError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** pixiv's message for a missing work; the fake uses it for unknown users too. */
  static final String NOT_FOUND = "Work has been deleted or the ID does not exist.";

  final int status;

  FakeError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static FakeError notFound() {
    return new FakeError(404, NOT_FOUND);
  }

  static FakeError badRequest(String message) {
    return new FakeError(400, message);
  }
}
