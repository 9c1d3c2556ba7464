package io.github.pixivajax.core.internal;

import java.util.List;

/** Frame delays in GIF's centiseconds, with the rounding error carried so the total stays exact. */
public final class UgoiraTiming {
  private UgoiraTiming() {}

  /**
   * Centiseconds per frame: frame {@code i} ends at {@code round(sum(delays[0..i]) / 10)}, so no
   * error accumulates (the total is within 5 ms of the sum). A frame shorter than 20 ms gets 2
   * centiseconds because browsers show 0 and 1 as 10; the next frames absorb the difference.
   */
  public static int[] centiseconds(List<Integer> delaysMillis) {
    int[] out = new int[delaysMillis.size()];
    long elapsed = 0;
    long emitted = 0;
    for (int i = 0; i < out.length; i++) {
      elapsed += Math.max(0, delaysMillis.get(i));
      long cs = Math.max(2, Math.floorDiv(elapsed + 5, 10) - emitted);
      out[i] = (int) Math.min(cs, 0xffff);
      emitted += out[i];
    }
    return out;
  }
}
