package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The debug line about waiting for a permit (pixiv-core's tests log this package at debug). */
class PacedRequestLimiterLogTest {
  interface Action {
    void run() throws Exception;
  }

  private static String stderrOf(Action action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPermitGrantedAtOnceLogsNothingAndOneAfterAPauseSaysHowLongItWaited() throws Exception {
    long[] now = {5_000_000_000L};
    PacedRequestLimiter limiter = new PacedRequestLimiter(0, Duration.ofMillis(1), Duration.ofMillis(1), () -> now[0], n -> now[0] += n);

    assertThat(stderrOf(limiter::acquire)).doesNotContain("waited");

    limiter.rateLimited(Duration.ofMillis(37));
    assertThat(stderrOf(limiter::acquire)).contains("waited 37 ms for a request permit");
  }
}
