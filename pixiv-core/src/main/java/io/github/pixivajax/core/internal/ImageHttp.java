package io.github.pixivajax.core.internal;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.jspecify.annotations.Nullable;

/** The HTTP stack for image hosts, derived from the client's base stack (same pool and dispatcher). */
public final class ImageHttp {
  private ImageHttp() {}

  /**
   * {@code base} (which has none of pixiv's interceptors) plus default headers, and a network
   * interceptor for Referer and session removal on every hop; logs headers at most (never bodies).
   */
  public static OkHttpClient create(OkHttpClient base, String userAgent, String acceptLanguage, @Nullable Redactor logWith) {
    // No overall call timeout: an image may be hundreds of MB; the read timeout still ends a stalled transfer.
    OkHttpClient.Builder b = base.newBuilder().callTimeout(0, java.util.concurrent.TimeUnit.MILLISECONDS)
        .addInterceptor(new DefaultHeadersInterceptor(userAgent, acceptLanguage));
    b.addNetworkInterceptor(new ImageRequestInterceptor());
    if (logWith != null) {
      b.addNetworkInterceptor(RedactingHttpLogger.interceptor(logWith, HttpLoggingInterceptor.Level.BASIC));
    }
    return b.build();
  }
}
