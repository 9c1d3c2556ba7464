package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.core.Flowable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Streams at a positive rate (every other test is unpaced): each page waits for one permit of the
 * shared limiter, whichever stream asks. The spacing itself is tested in virtual time in
 * pixiv-core's {@code PacedRequestLimiterPacingTest}; here no clock is read.
 */
class PacedStreamsTest extends RxTestSupport {
  /** The client's real, paced limiter, counting the permits it hands out. */
  static final class Counting implements RequestLimiter {
    final RequestLimiter paced = RequestLimiter.perSecond(200);
    final AtomicInteger permits = new AtomicInteger();

    @Override
    public void acquire() throws InterruptedException {
      paced.acquire();
      permits.incrementAndGet();
    }

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      return paced.rateLimited(retryAfter);
    }

    @Override
    public void succeeded() {
      paced.succeeded();
    }

    @Override
    public Duration remainingPause() {
      return paced.remainingPause();
    }
  }

  @Test
  void everyPageOfEveryStreamTakesOnePermitOfTheSharedPacedLimiter() {
    Counting limiter = new Counting();
    try (PixivClient paced = client(limiter)) {
      RxPixiv streams = RxPixiv.create(paced, config().build());
      long items = Flowable.merge(
              streams.feeds().followLatest(ContentMode.ALL).items().map(ArtworkThumbnail::id),
              streams.users().following(9, Rest.SHOW).items().map(u -> u.userId()),
              streams.artworks().comments(5).items().map(c -> c.id()))
          .count().blockingGet();
      assertThat(items).isEqualTo(15 + 50 + 120);
      assertThat(server.getRequestCount()).isEqualTo(9);
      assertThat(limiter.permits).hasValue(9);
    }
  }
}
