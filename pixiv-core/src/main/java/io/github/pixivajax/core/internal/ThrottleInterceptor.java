package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.RequestLimiter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.AsyncTimeout;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Takes a permit from the account's {@link RequestLimiter} before every request to pixiv (images on
 * other hosts are not the account's budget), and reports 429s so that every request sharing the
 * limiter pauses — unless pixiv asks for more than the maximum pause: then nothing pauses and the
 * call fails at once (see {@link ErrorMapper}).
 */
public final class ThrottleInterceptor implements Interceptor {
  private final HttpUrl pixivBase;
  private final RequestLimiter limiter;
  private final Duration maxPause;

  public ThrottleInterceptor(HttpUrl pixivBase, RequestLimiter limiter, Duration maxPause) {
    this.pixivBase = Objects.requireNonNull(pixivBase, "pixivBase == null");
    this.limiter = Objects.requireNonNull(limiter, "limiter == null");
    this.maxPause = Objects.requireNonNull(maxPause, "maxPause == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!Origins.same(request.url(), pixivBase)) {
      return chain.proceed(request);
    }
    acquireOutsideCallTimeout(chain);
    Response response = chain.proceed(request);
    if (response.code() == 429) {
      Duration asked = ErrorMapper.parseRetryAfter(response.header("Retry-After"), Clock.systemUTC());
      if (asked == null || asked.compareTo(maxPause) <= 0) {
        limiter.rateLimited(asked);
      }
    } else if (response.isSuccessful()) {
      limiter.succeeded();
    }
    return response;
  }

  /**
   * The call timeout bounds talking to pixiv, not waiting for our own rate budget (a 429 pause may
   * well be longer): the call's timer is stopped while waiting and restarted with the permit.
   */
  private void acquireOutsideCallTimeout(Chain chain) throws IOException {
    Timeout t = chain.call().timeout();
    @Nullable AsyncTimeout timer = t instanceof AsyncTimeout && t.timeoutNanos() != 0 ? (AsyncTimeout) t : null;
    if (timer != null && timer.exit()) {
      throw new InterruptedIOException("timeout");
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
    } finally {
      if (timer != null) {
        timer.enter();
      }
    }
  }
}
