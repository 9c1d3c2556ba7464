package io.github.pixivajax.rx.internal;

import io.github.pixivajax.core.PixivDecodeException;
import io.github.pixivajax.core.PixivNetworkException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.PixivResponseTooLargeException;
import io.github.pixivajax.core.PixivServerException;
import io.github.pixivajax.core.PixivSuspectedThrottleException;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.rx.RxConfig;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one page fetch on the configured (I/O) scheduler and retries it: after a throttle, once the
 * account-wide pause is over; after 5xx, network or decoding failures, with exponential backoff and
 * jitter; never after auth, not-found or other client errors.
 */
public final class Resilience {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.pixivajax.rx");

  private final RxConfig config;
  private final RequestLimiter limiter;

  public Resilience(RxConfig config, RequestLimiter limiter) {
    this.config = config;
    this.limiter = limiter;
  }

  public <T> Single<T> run(String what, Supplier<Single<T>> call) {
    return Single.defer(call::get)
        .subscribeOn(config.scheduler())
        .retryWhen(errors -> {
          int[] attempts = new int[2];
          return errors.concatMap(e -> {
            // An empty search page is only suspected: backoff below, no account-wide pause. A pause
            // longer than the client's maximum is final.
            boolean throttled = e instanceof PixivRateLimitException && !(e instanceof PixivSuspectedThrottleException)
                && !((PixivRateLimitException) e).exceedsMaxPause();
            if (throttled && attempts[0]++ < config.rateLimitRetries()) {
              // A throttle reported inside a 200 never reached the limiter: pause the account here
              // (a 429 already did, in core; counting it again would double the next pause).
              if (((PixivRateLimitException) e).status() != 429 && limiter.remainingPause().isZero()) {
                limiter.rateLimited(((PixivRateLimitException) e).retryAfter());
              }
              LOG.info("{}: throttled by pixiv; retrying after the pause ({} left, retry {}/{})",
                  what, limiter.remainingPause(), attempts[0], config.rateLimitRetries());
              return Flowable.just(0);
            }
            if (retryable(e) && attempts[1]++ < config.maxRetries()) {
              long delay = backoffMillis(attempts[1]);
              LOG.info("{}: {}; retry {}/{} in {} ms", what, e.getMessage(), attempts[1], config.maxRetries(), delay);
              return Flowable.timer(delay, TimeUnit.MILLISECONDS, config.scheduler());
            }
            return Flowable.error(e);
          });
        });
  }

  private static boolean retryable(Throwable e) {
    return e instanceof PixivServerException || e instanceof PixivNetworkException
        || (e instanceof PixivDecodeException && !(e instanceof PixivResponseTooLargeException))
        || e instanceof PixivSuspectedThrottleException;
  }

  long backoffMillis(int attempt) {
    long base = config.initialBackoff().toMillis();
    long max = config.maxBackoff().toMillis();
    long exp = base << Math.min(attempt - 1, 20);
    long capped = Math.min(exp < 0 ? max : exp, max);
    // ±50 % jitter keeps streams that failed together from retrying together.
    return capped == 0 ? 0 : capped / 2 + ThreadLocalRandom.current().nextLong(capped + 1);
  }
}
