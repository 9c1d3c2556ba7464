package io.github.pixivajax.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A response arrived but could not be decoded into the declared type. */
public class PixivDecodeException extends PixivException {
  private static final long serialVersionUID = 1L;

  private final String endpoint;
  private final String bodySnippet;

  public PixivDecodeException(
      String endpoint, String reason, String bodySnippet, @Nullable Throwable cause) {
    super(endpoint + ": " + reason + (bodySnippet.isEmpty() ? "" : " [" + bodySnippet + "]"), cause);
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.bodySnippet = Objects.requireNonNull(bodySnippet, "bodySnippet == null");
  }

  /** {@code method + " " + path}, without the query. */
  public String endpoint() {
    return endpoint;
  }

  /** The start of the body, whitespace folded and secrets removed; may be empty. */
  public String bodySnippet() {
    return bodySnippet;
  }
}
