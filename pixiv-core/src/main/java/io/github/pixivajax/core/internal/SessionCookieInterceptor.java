package io.github.pixivajax.core.internal;

import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Attaches the session cookie to requests for pixiv's origin only. Installed as a <em>network</em>
 * interceptor so that it sees every redirect hop: OkHttp copies headers onto a redirect, so a hop to
 * another host (e.g. {@code i.pximg.net}) has the cookie — and the {@code x-csrf-token} — removed again.
 */
public final class SessionCookieInterceptor implements Interceptor {
  private final HttpUrl pixivBase;
  private final @Nullable String cookie;

  public SessionCookieInterceptor(HttpUrl pixivBase, @Nullable String cookie) {
    this.pixivBase = Objects.requireNonNull(pixivBase, "pixivBase == null");
    this.cookie = cookie;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!Origins.same(request.url(), pixivBase) && request.header("x-csrf-token") != null) {
      // OkHttp copies every header but Authorization onto a redirect: the token must not follow it.
      request = request.newBuilder().removeHeader("x-csrf-token").build();
    }
    if (cookie == null) {
      return chain.proceed(request);
    }
    if (Origins.same(request.url(), pixivBase)) {
      return chain.proceed(request.newBuilder().header("Cookie", cookie).build());
    }
    String sent = request.header("Cookie");
    if (sent != null && sent.contains(cookie)) {
      return chain.proceed(request.newBuilder().removeHeader("Cookie").build());
    }
    return chain.proceed(request);
  }
}
