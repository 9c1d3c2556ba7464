package io.github.pixivajax.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * pixiv answered, but not with what was asked for: an HTTP error status, or an envelope with
 * {@code "error": true} (which pixiv often sends with HTTP 200).
 *
 * <p>Subtypes narrow the cause: {@link PixivAuthException}, {@link PixivNotFoundException},
 * {@link PixivRateLimitException}, {@link PixivServerException}.
 */
public class PixivApiException extends PixivException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String path;
  private final @Nullable String pixivMessage;
  private final String bodySnippet;

  public PixivApiException(
      int status, String method, String path, @Nullable String pixivMessage, String bodySnippet) {
    this(status, method, path, pixivMessage, bodySnippet, null);
  }

  public PixivApiException(
      int status,
      String method,
      String path,
      @Nullable String pixivMessage,
      String bodySnippet,
      @Nullable Throwable cause) {
    this(describe(status, method, path, pixivMessage), status, method, path, pixivMessage, bodySnippet, cause);
  }

  /** For subtypes that explain the failure in their own words. */
  protected PixivApiException(
      String message,
      int status,
      String method,
      String path,
      @Nullable String pixivMessage,
      String bodySnippet) {
    this(message, status, method, path, pixivMessage, bodySnippet, null);
  }

  private PixivApiException(
      String message,
      int status,
      String method,
      String path,
      @Nullable String pixivMessage,
      String bodySnippet,
      @Nullable Throwable cause) {
    super(message, cause);
    this.status = status;
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.pixivMessage = pixivMessage;
    this.bodySnippet = Objects.requireNonNull(bodySnippet, "bodySnippet == null");
  }

  /** HTTP status of the response, or {@code 0} when the failure was detected before any request. */
  public int status() {
    return status;
  }

  /** HTTP method, e.g. {@code GET}. */
  public String method() {
    return method;
  }

  /** Request path without the query string (queries may carry user input). */
  public String path() {
    return path;
  }

  /** {@code method + " " + path}. */
  public String endpoint() {
    return method + " " + path;
  }

  /** pixiv's own message, in the account's language; null when pixiv sent none. */
  public @Nullable String pixivMessage() {
    return pixivMessage;
  }

  /** The start of the response body, whitespace folded and secrets removed; may be empty. */
  public String bodySnippet() {
    return bodySnippet;
  }

  private static String describe(
      int status, String method, String path, @Nullable String pixivMessage) {
    StringBuilder b = new StringBuilder();
    b.append(method).append(' ').append(path);
    if (status > 0) {
      b.append(" -> HTTP ").append(status);
    }
    if (pixivMessage != null && !pixivMessage.isEmpty()) {
      b.append(": ").append(pixivMessage);
    }
    return b.toString();
  }
}
