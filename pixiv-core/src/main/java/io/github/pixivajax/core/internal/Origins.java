package io.github.pixivajax.core.internal;

import okhttp3.HttpUrl;

final class Origins {
  private Origins() {}

  /** Same scheme, host and port: the only requests that may carry the session. */
  static boolean same(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
  }

  static boolean isPximg(HttpUrl url) {
    String host = url.host().toLowerCase(java.util.Locale.ROOT);
    return host.equals("pximg.net") || host.endsWith(".pximg.net");
  }
}
