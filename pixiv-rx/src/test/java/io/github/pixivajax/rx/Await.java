package io.github.pixivajax.rx;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for events instead of sleeping: {@link #until} returns as soon as the event happened;
 * {@link #stays} fails as soon as the condition breaks (a bounded poll, never a timed assertion).
 */
final class Await {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private Await() {}

  static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      pause();
    }
  }

  /** Polls {@code condition} for {@code window}; any false reading fails at once. */
  static void stays(String what, BooleanSupplier condition, Duration window) {
    long deadline = System.nanoTime() + window.toNanos();
    do {
      if (!condition.getAsBoolean()) {
        throw new AssertionError("expected to stay true: " + what);
      }
      pause();
    } while (System.nanoTime() < deadline);
    if (!condition.getAsBoolean()) {
      throw new AssertionError("expected to stay true: " + what);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
