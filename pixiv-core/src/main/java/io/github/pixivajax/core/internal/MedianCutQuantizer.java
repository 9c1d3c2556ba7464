package io.github.pixivajax.core.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Reduces one RGB frame to at most 256 colours for GIF: median cut over a 15-bit histogram (the
 * palette takes each box's mean true colour), then nearest-colour mapping through a lazily filled
 * 18-bit cache, optionally with Floyd–Steinberg error diffusion.
 *
 * <p>Works on {@code int[]} pixels and byte indices only — about 5 bytes per pixel plus fixed tables
 * of ~1.5 MB — so a full-size 1920×1080 frame stays far below a 64 MB heap. Not thread-safe: one
 * instance per conversion.
 */
final class MedianCutQuantizer {
  private static final int BINS = 1 << 15;
  private static final int CACHE = 1 << 18;

  private final boolean dither;
  private final int[] count = new int[BINS];
  private final long[] sumR = new long[BINS];
  private final long[] sumG = new long[BINS];
  private final long[] sumB = new long[BINS];
  private final int[] cache = new int[CACHE];
  private int[] palette = new int[0];

  MedianCutQuantizer(boolean dither) {
    this.dither = dither;
  }

  /** The frame {@code rgb} ({@code width × height}, 0xRRGGBB) as an 8-bit indexed image. */
  BufferedImage quantize(int[] rgb, int width, int height) {
    palette = palette(rgb);
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    for (int i = 0; i < palette.length; i++) {
      r[i] = (byte) (palette[i] >> 16);
      g[i] = (byte) (palette[i] >> 8);
      b[i] = (byte) palette[i];
    }
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, palette.length - 1)));
    IndexColorModel model = new IndexColorModel(8, 1 << bits, r, g, b);
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
    byte[] indices = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    Arrays.fill(cache, -1);
    if (dither) {
      mapDithered(rgb, width, height, indices);
    } else {
      for (int i = 0; i < rgb.length; i++) {
        int p = rgb[i];
        indices[i] = (byte) nearest((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
      }
    }
    return out;
  }

  // ---- palette: median cut over the histogram ----

  private int[] palette(int[] rgb) {
    Arrays.fill(count, 0);
    Arrays.fill(sumR, 0);
    Arrays.fill(sumG, 0);
    Arrays.fill(sumB, 0);
    for (int p : rgb) {
      int r = (p >> 16) & 0xff;
      int g = (p >> 8) & 0xff;
      int b = p & 0xff;
      int bin = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
      count[bin]++;
      sumR[bin] += r;
      sumG[bin] += g;
      sumB[bin] += b;
    }
    int used = 0;
    for (int c : count) {
      used += c > 0 ? 1 : 0;
    }
    int[] bins = new int[used];
    for (int i = 0, n = 0; i < BINS; i++) {
      if (count[i] > 0) {
        bins[n++] = i;
      }
    }
    // Boxes are ranges of `bins`; split the one with the most pixels × widest side until 256.
    // Each box's score is computed once, when it is made.
    int[] from = new int[256];
    int[] to = new int[256];
    long[] score = new long[256];
    int boxes = 1;
    from[0] = 0;
    to[0] = used;
    score[0] = score(bins, 0, used);
    while (boxes < 256) {
      int best = -1;
      for (int i = 0; i < boxes; i++) {
        if (score[i] > 0 && (best < 0 || score[i] > score[best])) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      int axis = widest(bins, from[best], to[best]) & 0xff;
      int mid = split(bins, from[best], to[best], axis);
      from[boxes] = mid;
      to[boxes] = to[best];
      to[best] = mid;
      score[best] = score(bins, from[best], to[best]);
      score[boxes] = score(bins, from[boxes], to[boxes]);
      boxes++;
    }
    int[] colors = new int[boxes];
    for (int i = 0; i < boxes; i++) {
      long n = 0;
      long r = 0;
      long g = 0;
      long b = 0;
      for (int k = from[i]; k < to[i]; k++) {
        int bin = bins[k];
        n += count[bin];
        r += sumR[bin];
        g += sumG[bin];
        b += sumB[bin];
      }
      n = Math.max(1, n);
      colors[i] = (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
    }
    return colors;
  }

  /** Pixels × widest side; 0 for a box of one bin, which cannot be split. */
  private long score(int[] bins, int from, int to) {
    return to - from < 2 ? 0 : pixels(bins, from, to) * (long) (widest(bins, from, to) >>> 8);
  }

  private long pixels(int[] bins, int from, int to) {
    long n = 0;
    for (int k = from; k < to; k++) {
      n += count[bins[k]];
    }
    return n;
  }

  /** The widest side's length (bits 8+) and axis (low byte: 0 red, 1 green, 2 blue). */
  private static int widest(int[] bins, int from, int to) {
    int[] lo = {31, 31, 31};
    int[] hi = {0, 0, 0};
    for (int k = from; k < to; k++) {
      for (int a = 0; a < 3; a++) {
        int v = component(bins[k], a);
        lo[a] = Math.min(lo[a], v);
        hi[a] = Math.max(hi[a], v);
      }
    }
    int axis = 0;
    for (int a = 1; a < 3; a++) {
      if (hi[a] - lo[a] > hi[axis] - lo[axis]) {
        axis = a;
      }
    }
    return ((hi[axis] - lo[axis] + 1) << 8) | axis;
  }

  private static int component(int bin, int axis) {
    return (bin >> (10 - 5 * axis)) & 31;
  }

  /** Sorts {@code bins[from, to)} along {@code axis} (counting sort) and returns the population median. */
  private int split(int[] bins, int from, int to, int axis) {
    int[] starts = new int[33];
    for (int k = from; k < to; k++) {
      starts[component(bins[k], axis) + 1]++;
    }
    for (int v = 0; v < 32; v++) {
      starts[v + 1] += starts[v];
    }
    int[] sorted = new int[to - from];
    for (int k = from; k < to; k++) {
      sorted[starts[component(bins[k], axis)]++] = bins[k];
    }
    System.arraycopy(sorted, 0, bins, from, sorted.length);
    long half = pixels(bins, from, to) / 2;
    long seen = 0;
    for (int k = from; k < to - 1; k++) {
      seen += count[bins[k]];
      if (seen >= half) {
        return k + 1;
      }
    }
    return to - 1;
  }

  // ---- mapping ----

  private int nearest(int r, int g, int b) {
    int key = ((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2);
    int hit = cache[key];
    if (hit >= 0) {
      return hit;
    }
    int best = 0;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < palette.length; i++) {
      int c = palette[i];
      int dr = ((c >> 16) & 0xff) - r;
      int dg = ((c >> 8) & 0xff) - g;
      int db = (c & 0xff) - b;
      // Weighted like the eye: green counts most, blue least.
      int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    cache[key] = best;
    return best;
  }

  private void mapDithered(int[] rgb, int width, int height, byte[] indices) {
    // Errors ×16 for this row and the next, with one pixel of margin on each side.
    int[][] cur = new int[3][width + 2];
    int[][] next = new int[3][width + 2];
    for (int y = 0; y < height; y++) {
      for (int[] row : next) {
        Arrays.fill(row, 0);
      }
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        int p = rgb[i];
        int r = clamp(((p >> 16) & 0xff) + cur[0][x + 1] / 16);
        int g = clamp(((p >> 8) & 0xff) + cur[1][x + 1] / 16);
        int b = clamp((p & 0xff) + cur[2][x + 1] / 16);
        int index = nearest(r, g, b);
        indices[i] = (byte) index;
        int c = palette[index];
        diffuse(cur, next, x, r - ((c >> 16) & 0xff), 0);
        diffuse(cur, next, x, g - ((c >> 8) & 0xff), 1);
        diffuse(cur, next, x, b - (c & 0xff), 2);
      }
      int[][] t = cur;
      cur = next;
      next = t;
    }
  }

  private static void diffuse(int[][] cur, int[][] next, int x, int error, int channel) {
    cur[channel][x + 2] += error * 7;
    next[channel][x] += error * 3;
    next[channel][x + 1] += error * 5;
    next[channel][x + 2] += error;
  }

  private static int clamp(int v) {
    return v < 0 ? 0 : Math.min(255, v);
  }
}
