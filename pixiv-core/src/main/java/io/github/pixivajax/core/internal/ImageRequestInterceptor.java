package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.api.Referer;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The image client's network interceptor: on every hop (redirects included) it sends pixiv's
 * {@code Referer}, which image hosts demand, and removes any {@code Cookie}, {@code x-csrf-token} or
 * {@code Authorization}, so the session never reaches an image host, a proxy or a redirect target.
 */
public final class ImageRequestInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder().removeHeader("Cookie").removeHeader("x-csrf-token").removeHeader("Authorization");
    if (request.header("Referer") == null) {
      b.header("Referer", Referer.PIXIV);
    }
    return chain.proceed(b.build());
  }
}
