package io.github.pixivajax.core;

/**
 * pixiv's response was larger than {@link PixivClient.Builder#maxResponseSize(long)}; it was not read
 * whole. Retrying would only fetch the same body again.
 */
public class PixivResponseTooLargeException extends PixivDecodeException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  public PixivResponseTooLargeException(String endpoint, long limit) {
    super(endpoint, "the response is larger than the maximum response size of " + limit
        + " bytes (PixivClient.Builder.maxResponseSize)", "", null);
    this.limit = limit;
  }

  /** The limit in bytes that the response exceeded. */
  public long limit() {
    return limit;
  }
}
