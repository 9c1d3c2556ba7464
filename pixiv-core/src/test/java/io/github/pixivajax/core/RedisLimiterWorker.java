package io.github.pixivajax.core;

import io.github.pixivajax.core.internal.RedisLimiter;

/**
 * A separate JVM sharing a Redis budget: {@code RedisLimiterWorker <redis-uri> <account> <rate> <permits>}
 * takes the permits and prints each granted slot (µs of Redis time), one per line.
 */
public final class RedisLimiterWorker {
  private RedisLimiterWorker() {}

  public static void main(String[] args) throws Exception {
    try (RedisRequestLimiter limiter = RedisRequestLimiter.builder(args[0]).accountId(args[1])
        .permitsPerSecond(Double.parseDouble(args[2])).build()) {
      int n = Integer.parseInt(args[3]);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        out.append(((RedisLimiter) limiter).acquireSlot()).append('\n');
      }
      System.out.print(out);
      System.out.flush();
    }
  }
}
