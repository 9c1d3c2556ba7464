package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.PixivException;
import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Fails a write to pixiv that a redirect turned into something else: a 302/303 that made the POST a
 * GET, or any hop away from pixiv's origin. OkHttp follows both silently and the final 200 would
 * read as success although the write was never made.
 */
public final class RedirectedWriteInterceptor implements Interceptor {
  private final HttpUrl pixivBase;

  public RedirectedWriteInterceptor(HttpUrl pixivBase) {
    this.pixivBase = Objects.requireNonNull(pixivBase, "pixivBase == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    String method = request.method();
    if (method.equals("GET") || method.equals("HEAD") || response.priorResponse() == null
        || !Origins.same(request.url(), pixivBase)) {
      return response;
    }
    Request last = response.request();
    boolean offOrigin = !Origins.same(last.url(), pixivBase);
    if (!offOrigin && last.method().equals(method)) {
      return response;
    }
    Response first = response.priorResponse();
    while (first.priorResponse() != null) {
      first = first.priorResponse();
    }
    int status = first.code();
    response.close();
    // The location is not quoted: a redirect URL may carry anything, secrets included.
    throw new WrappedPixivException(new PixivException(method + " " + request.url().encodedPath()
        + ": redirected (HTTP " + status + ")"
        + (offOrigin ? " away from pixiv's origin" : " and turned into a " + last.method())
        + "; the write was not made"));
  }
}
