package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/**
 * pixiv wants a reCAPTCHA Enterprise token for this write (it asks some accounts for one before
 * following a user). The token comes from Google's script running in a browser on pixiv's page, so no
 * HTTP client can produce it: do this write in a browser, or retry later from an account pixiv trusts.
 * Retrying at once does not help.
 */
public class PixivRecaptchaRequiredException extends PixivApiException {
  private static final long serialVersionUID = 1L;

  public PixivRecaptchaRequiredException(
      int status, String method, String path, @Nullable String pixivMessage, String bodySnippet) {
    super(method + " " + path + (status > 0 ? " -> HTTP " + status : "")
            + ": pixiv asks this account for a reCAPTCHA token, which only a browser on pixiv's page can"
            + " produce; a client cannot solve it. Do this in a browser"
            + (pixivMessage == null || pixivMessage.isBlank() ? "" : " (pixiv: " + pixivMessage + ")"),
        status, method, path, pixivMessage, bodySnippet);
  }
}
