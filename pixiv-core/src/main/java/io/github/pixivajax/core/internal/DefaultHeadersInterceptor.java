package io.github.pixivajax.core.internal;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Sends the configured User-Agent and Accept-Language unless the request already sets its own. */
public final class DefaultHeadersInterceptor implements Interceptor {
  private final String userAgent;
  private final String acceptLanguage;

  public DefaultHeadersInterceptor(String userAgent, String acceptLanguage) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent == null");
    this.acceptLanguage = Objects.requireNonNull(acceptLanguage, "acceptLanguage == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder();
    if (request.header("User-Agent") == null) {
      b.header("User-Agent", userAgent);
    }
    if (request.header("Accept-Language") == null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return chain.proceed(b.build());
  }
}
