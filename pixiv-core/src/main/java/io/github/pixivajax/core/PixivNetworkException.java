package io.github.pixivajax.core;

import java.io.IOException;

/** The request failed on the wire (connect, TLS, timeout, dropped connection); the cause says how. */
public class PixivNetworkException extends PixivException {
  private static final long serialVersionUID = 1L;

  public PixivNetworkException(String endpoint, IOException cause) {
    super(endpoint + ": " + cause.getClass().getSimpleName() + describe(cause), cause);
  }

  private static String describe(IOException cause) {
    String m = cause.getMessage();
    return m == null ? "" : ": " + m;
  }
}
