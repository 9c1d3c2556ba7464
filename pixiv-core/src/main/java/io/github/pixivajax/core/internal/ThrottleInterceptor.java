package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.RequestLimiter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Takes a permit from the account's {@link RequestLimiter} before every request to pixiv (images on
 * other hosts are not the account's budget), and reports 429s so that every request sharing the
 * limiter pauses.
 */
public final class ThrottleInterceptor implements Interceptor {
  private final HttpUrl pixivBase;
  private final RequestLimiter limiter;

  public ThrottleInterceptor(HttpUrl pixivBase, RequestLimiter limiter) {
    this.pixivBase = Objects.requireNonNull(pixivBase, "pixivBase == null");
    this.limiter = Objects.requireNonNull(limiter, "limiter == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!Origins.same(request.url(), pixivBase)) {
      return chain.proceed(request);
    }
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting for a request permit");
      io.initCause(e);
      throw io;
    } catch (PixivException e) {
      // e.g. a shared limiter that cannot reach its store: reported as itself, nothing sent.
      throw new WrappedPixivException(e);
    }
    Response response = chain.proceed(request);
    if (response.code() == 429) {
      limiter.rateLimited(ErrorMapper.parseRetryAfter(response.header("Retry-After"), Clock.systemUTC()));
    } else if (response.isSuccessful()) {
      limiter.succeeded();
    }
    return response;
  }
}
