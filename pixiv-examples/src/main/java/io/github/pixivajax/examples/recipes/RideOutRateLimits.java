package io.github.pixivajax.examples.recipes;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.rx.RxPixiv;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A crawl that rides out 429s: when pixiv throttles, the limiter pauses the account for
 * {@code Retry-After} (or a growing default) and the stream fetches the same page again — nothing
 * lost, nothing repeated. Against the fake, which here allows 3 requests in 2 seconds, the crawl runs
 * unpaced on purpose so that it meets the limit.
 *
 * <p>{@code RideOutRateLimits [baseUrl|-] [limit]}: crawls {@code limit} ranked works (default 400).
 */
public final class RideOutRateLimits {
  public static void main(String[] args) {
    FakePixiv.Options strict = FakePixiv.Options.builder().newArtworkEvery(null).rateLimit(3, 2).retryAfterSeconds(1).build();
    try (Target target = Target.open(args, strict)) {
      // Pace 0 to meet the limit; a real crawl keeps the default pace of 1 request/s.
      Throttles limiter = new Throttles(RequestLimiter.perSecond(0, Duration.ofSeconds(5), Duration.ofMinutes(20)));
      try (PixivClient client = target.client().requestLimiter(limiter).build()) {
        long works = RxPixiv.create(client).ranking().ranking(RankingMode.DAILY, null, null).items()
            .take(target.limit(400))
            .distinct(item -> item.illustId())
            .count().blockingGet();
        System.out.println(works + " distinct works crawled; pixiv throttled us " + limiter.throttles + " times");
      }
    }
  }

  /** Any {@link RequestLimiter} can be decorated: this one counts the throttles it is told about. */
  static final class Throttles implements RequestLimiter {
    final RequestLimiter delegate;
    final AtomicInteger throttles = new AtomicInteger();

    Throttles(RequestLimiter delegate) {
      this.delegate = delegate;
    }

    @Override
    public void acquire() throws InterruptedException {
      delegate.acquire();
    }

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      System.out.println("throttled; pausing the account for " + (retryAfter == null ? "the default" : retryAfter));
      throttles.incrementAndGet();
      return delegate.rateLimited(retryAfter);
    }

    @Override
    public void succeeded() {
      delegate.succeeded();
    }

    @Override
    public Duration remainingPause() {
      return delegate.remainingPause();
    }
  }

  private RideOutRateLimits() {}
}
