package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/**
 * An HTML page came back where JSON was expected: typically a login wall, a maintenance page or a
 * proxy's error page.
 */
public class PixivHtmlResponseException extends PixivDecodeException {
  private static final long serialVersionUID = 1L;

  public PixivHtmlResponseException(String endpoint, String bodySnippet, @Nullable Throwable cause) {
    super(endpoint, "expected JSON but got an HTML page", bodySnippet, cause);
  }
}
