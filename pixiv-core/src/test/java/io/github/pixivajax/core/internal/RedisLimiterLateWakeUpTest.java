package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.RedisRequestLimiter;
import io.github.pixivajax.core.RedisServer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A grant that wakes up late moves the shared schedule on, so the next R sends stay a second after it. */
@ExtendWith(RedisServer.Extension.class)
class RedisLimiterLateWakeUpTest {
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  private static RedisLimiter limiter(RedisServer server, double rate) {
    return (RedisLimiter) RedisRequestLimiter.builder(server.uri()).accountId("late-" + ACCOUNTS.incrementAndGet())
        .permitsPerSecond(rate).build();
  }

  @Test
  void aLateWakeUpPushesTheNextSlotsByItsLateness(RedisServer server) throws Exception {
    try (RedisLimiter a = limiter(server, 5)) {
      long interval = (long) (1e6 / 5 * 1.003) + 500;
      AtomicInteger calls = new AtomicInteger();
      // The first grant oversleeps by 80 ms, as a thread on a loaded machine does.
      a.slotSleeper(nanos -> TimeUnit.NANOSECONDS.sleep(nanos + (calls.getAndIncrement() == 0 ? TimeUnit.MILLISECONDS.toNanos(80) : 0)));
      long first = a.acquireSlot();
      long second = a.acquireSlot();
      assertThat(second - first).isGreaterThanOrEqualTo(interval + 79_000);
    }
  }
}
