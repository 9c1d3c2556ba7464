package io.github.pixivajax.core;

/**
 * pixiv answered a search page with no results although earlier pages said more were to come. pixiv's
 * search answers a throttled account this way (HTTP 200, empty page) instead of with a 429, so the
 * page is treated as a throttle that carries no {@code Retry-After}. Streams retry such a page with
 * backoff; this is what they end with when the page stays empty.
 */
public final class PixivSuspectedThrottleException extends PixivRateLimitException {
  private static final long serialVersionUID = 1L;

  /**
   * @param path the request path of the empty page, e.g. {@code ajax/search/artworks/cat}
   * @param page the 1-based page number that came back empty
   */
  public PixivSuspectedThrottleException(String path, int page) {
    super(200, "GET", path + "?p=" + page, null, "", null);
  }

  @Override
  public String getMessage() {
    return "GET " + path() + ": empty page before the last one; pixiv may be throttling the account";
  }
}
