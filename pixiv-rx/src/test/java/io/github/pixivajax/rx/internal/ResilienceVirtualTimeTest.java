package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.PixivServerException;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.rx.RxConfig;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Retry timing on a {@link TestScheduler}: virtual time, so the bounds are exact and nothing sleeps. */
class ResilienceVirtualTimeTest {
  final TestScheduler clock = new TestScheduler();

  /** Fails {@code failures} times with {@code error}, then answers "ok"; records the virtual time of each call. */
  final class Flaky {
    final List<Long> calls = new CopyOnWriteArrayList<>();
    final int failures;
    final RuntimeException error;

    Flaky(int failures, RuntimeException error) {
      this.failures = failures;
      this.error = error;
    }

    Single<String> call() {
      calls.add(clock.now(TimeUnit.MILLISECONDS));
      return calls.size() <= failures ? Single.error(error) : Single.just("ok");
    }

    List<Long> gaps() {
      List<Long> gaps = new ArrayList<>();
      for (int i = 1; i < calls.size(); i++) {
        gaps.add(calls.get(i) - calls.get(i - 1));
      }
      return gaps;
    }
  }

  static PixivServerException serverError() {
    return new PixivServerException(503, "GET", "/ajax/x", null, "");
  }

  static PixivRateLimitException throttleIn200(@Nullable Duration retryAfter) {
    return new PixivRateLimitException(200, "GET", "/ajax/x", "Rate limit exceeded", "", retryAfter);
  }

  RxConfig.Builder config() {
    return RxConfig.builder().scheduler(clock).backoff(Duration.ofSeconds(1), Duration.ofSeconds(8));
  }

  @Test
  void serverErrorsAreRetriedAfterExponentialBackoffWithHalfJitter() {
    Set<Long> firstGaps = new HashSet<>();
    for (int run = 0; run < 40; run++) {
      Resilience r = new Resilience(config().maxRetries(5).build(), RequestLimiter.unlimited());
      Flaky flaky = new Flaky(5, serverError());
      TestObserver<String> t = r.run("x", flaky::call).test();
      clock.triggerActions();
      assertThat(flaky.calls).hasSize(1);
      t.assertNotComplete();

      // Retry 1 is due 500..1500 ms later: nothing before 500 ms.
      clock.advanceTimeBy(499, TimeUnit.MILLISECONDS);
      assertThat(flaky.calls).hasSize(1);
      clock.advanceTimeBy(1, TimeUnit.HOURS);

      t.assertValue("ok").assertComplete();
      List<Long> gaps = flaky.gaps();
      assertThat(gaps).hasSize(5);
      assertThat(gaps.get(0)).isBetween(500L, 1500L);
      assertThat(gaps.get(1)).isBetween(1000L, 3000L);
      assertThat(gaps.get(2)).isBetween(2000L, 6000L);
      assertThat(gaps.get(3)).isBetween(4000L, 12000L); // 8 s: the cap
      assertThat(gaps.get(4)).isBetween(4000L, 12000L); // still the cap
      firstGaps.add(gaps.get(0));
    }
    assertThat(firstGaps).as("jitter spreads retries").hasSizeGreaterThan(5);
  }

  @Test
  void theRetryAfterTheLastBackoffFailsWithTheError() {
    Resilience r = new Resilience(config().maxRetries(2).build(), RequestLimiter.unlimited());
    Flaky flaky = new Flaky(10, serverError());
    TestObserver<String> t = r.run("x", flaky::call).test();
    clock.advanceTimeBy(1, TimeUnit.HOURS);
    t.assertError(PixivServerException.class);
    assertThat(flaky.calls).hasSize(3);
  }

  @Test
  void authErrorsAreNotRetried() {
    Resilience r = new Resilience(config().build(), RequestLimiter.unlimited());
    Flaky flaky = new Flaky(10, new PixivAuthException(401, "GET", "/ajax/x", null, ""));
    TestObserver<String> t = r.run("x", flaky::call).test();
    clock.advanceTimeBy(1, TimeUnit.HOURS);
    t.assertError(PixivAuthException.class);
    assertThat(flaky.calls).hasSize(1);
  }

  /** Records the pauses it is told about and reports one as running once told. */
  static final class RecordingLimiter implements RequestLimiter {
    final List<@Nullable Duration> pauses = new CopyOnWriteArrayList<>();
    volatile boolean paused;
    int acquired;

    @Override
    public void acquire() {
      acquired++;
    }

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      pauses.add(retryAfter);
      paused = true;
      return retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
    }

    @Override
    public void succeeded() {
      paused = false;
    }

    @Override
    public Duration remainingPause() {
      return paused ? Duration.ofSeconds(42) : Duration.ZERO;
    }
  }

  @Test
  void aThrottleInsideA200PausesTheWholeAccountOnceThenRetriesWithoutBackoff() {
    RecordingLimiter limiter = new RecordingLimiter();
    Resilience r = new Resilience(config().build(), limiter);
    Flaky flaky = new Flaky(2, throttleIn200(Duration.ofSeconds(90)));
    TestObserver<String> t = r.run("x", flaky::call).test();
    clock.triggerActions();

    // The wait is the limiter's (account-wide, every stream and plain call): no timer of its own.
    t.assertValue("ok");
    assertThat(flaky.calls).containsExactly(0L, 0L, 0L);
    // Told once: while that pause runs, a second throttle does not restart or lengthen it.
    assertThat(limiter.pauses).containsExactly(Duration.ofSeconds(90));
  }

  @Test
  void aThrottleAlreadyReportedByThe429PathIsNotReportedTwice() {
    RecordingLimiter limiter = new RecordingLimiter();
    limiter.paused = true; // the core's interceptor saw the 429 and paused the account already
    Resilience r = new Resilience(config().build(), limiter);
    Flaky flaky = new Flaky(1, throttleIn200(null));
    r.run("x", flaky::call).test();
    clock.triggerActions();
    assertThat(flaky.calls).hasSize(2);
    assertThat(limiter.pauses).isEmpty();
  }

  @Test
  void throttlesBeyondTheirBudgetFail() {
    RecordingLimiter limiter = new RecordingLimiter();
    Resilience r = new Resilience(config().rateLimitRetries(2).build(), limiter);
    Flaky flaky = new Flaky(10, throttleIn200(null));
    TestObserver<String> t = r.run("x", flaky::call).test();
    clock.triggerActions();
    t.assertError(PixivRateLimitException.class);
    assertThat(flaky.calls).hasSize(3);
  }
}
