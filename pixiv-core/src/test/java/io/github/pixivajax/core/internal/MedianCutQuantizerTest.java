package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact palettes and indices of tiny frames (0xRRGGBB). */
class MedianCutQuantizerTest {
  /** The colour table as hex, in index order (padded with black up to a power of two). */
  static List<String> palette(BufferedImage img) {
    IndexColorModel m = (IndexColorModel) img.getColorModel();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < m.getMapSize(); i++) {
      out.add(String.format("%06x", m.getRGB(i) & 0xffffff));
    }
    return out;
  }

  static byte[] indices(BufferedImage img) {
    return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
  }

  /** The colour every pixel shows, as hex. */
  static List<String> shown(BufferedImage img) {
    List<String> out = new ArrayList<>();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        out.add(String.format("%06x", img.getRGB(x, y) & 0xffffff));
      }
    }
    return out;
  }

  static String sha(BufferedImage img) throws Exception {
    java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
    d.update(String.join(",", palette(img)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    d.update(indices(img));
    return HexFormat.of().formatHex(d.digest()).substring(0, 16);
  }

  /** 32 × 24 = 768 pixels in 768 different 15-bit bins: the palette must merge. */
  static int[] rich() {
    int[] rgb = new int[32 * 24];
    for (int y = 0; y < 24; y++) {
      for (int x = 0; x < 32; x++) {
        int r = x * 8 + (y % 4);
        int g = y * 10 + (x % 3);
        int b = (x * 7 + y * 13) % 256;
        rgb[y * 32 + x] = r << 16 | g << 8 | b;
      }
    }
    return rgb;
  }

  @Test
  void eachColourInItsOwnBinIsKeptExactlyAsItsBinsMean() {
    // Neighbouring 15-bit bins along every channel, and one colour of three pixels (its mean rounds).
    int[] rgb = {0x6496c8, 0x000000, 0x080000, 0x100000, 0x000800, 0x001000, 0x000008, 0x000010, 0x6496c8, 0x6496c8};
    for (boolean dither : new boolean[] {false, true}) {
      BufferedImage img = new MedianCutQuantizer(dither).quantize(rgb, 5, 2);
      assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_INDEXED);
      assertThat(palette(img)).as("dither %s", dither)
          .containsExactlyInAnyOrder("6496c8", "000000", "080000", "100000", "000800", "001000", "000008", "000010");
      assertThat(shown(img)).as("dither %s", dither).containsExactly("6496c8", "000000", "080000", "100000", "000800",
          "001000", "000008", "000010", "6496c8", "6496c8");
    }
  }

  @Test
  void coloursInOneBinAreAveragedWithRounding() {
    // 0x000000, 0x070707 and 0x040404 share a bin: one entry, their mean per channel.
    BufferedImage img = new MedianCutQuantizer(false).quantize(new int[] {0x000000, 0x070707, 0x040404, 0x070707}, 2, 2);
    // (0 + 7 + 4 + 7) / 4 = 4.5 rounds up to 5 (half up).
    assertThat(palette(img)).containsExactly("050505", "000000");
    assertThat(indices(img)).containsOnly(0);
  }

  @Test
  void aLoneColourBesideAPopularOneStillGetsItsOwnEntry() {
    int[] rgb = new int[11];
    Arrays.fill(rgb, 0xffffff);
    rgb[4] = 0x000000;
    BufferedImage img = new MedianCutQuantizer(false).quantize(rgb, 11, 1);
    assertThat(palette(img)).containsExactly("000000", "ffffff");
    assertThat(indices(img)).containsExactly(1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1);
  }

  @Test
  void aReusedQuantizerForgetsThePreviousFrame() {
    MedianCutQuantizer q = new MedianCutQuantizer(false);
    q.quantize(new int[] {0xc8c8c8, 0xc8c8c8, 0x102030}, 3, 1);
    // Same bin as 0xc8c8c8, other exact colour: only this frame's pixels count.
    BufferedImage second = q.quantize(new int[] {0xc9cacb}, 1, 1);
    assertThat(palette(second)).containsExactly("c9cacb", "000000");
    assertThat(shown(second)).containsExactly("c9cacb");
  }

  @Test
  void boxesSplitAtThePopulationMedianOfTheWidestSideMostPopulousWidestFirst() {
    // Red 0, 80, 160, 240: one box of 4 splits into {0, 80} {160, 240} (scores tie at 2 × 11);
    // the first of equal boxes splits first, its halves keep slot 0 and take slot 2.
    int[] reds = {0x000000, 0x500000, 0xa00000, 0xf00000};
    assertThat(palette(new MedianCutQuantizer(false).quantize(reds, 4, 1))).containsExactly("000000", "a00000", "500000", "f00000");
    // Green is the widest side (0..30 against red 0..3): sorted by green, not by bin number.
    int[] greens = {0x00f000, 0x080000, 0x10a000, 0x185000};
    assertThat(palette(new MedianCutQuantizer(false).quantize(greens, 4, 1))).containsExactly("080000", "10a000", "185000", "00f000");
    // Blue likewise.
    int[] blues = {0x0000f0, 0x080000, 0x1000a0, 0x180050};
    assertThat(palette(new MedianCutQuantizer(false).quantize(blues, 4, 1))).containsExactly("080000", "1000a0", "180050", "0000f0");
  }

  @Test
  void withoutDitheringEveryPixelShowsItsNearestPaletteColourByWeightedDistance() {
    int[] rgb = rich();
    BufferedImage img = new MedianCutQuantizer(false).quantize(rgb, 32, 24);
    IndexColorModel m = (IndexColorModel) img.getColorModel();
    assertThat(m.getMapSize()).isEqualTo(256);
    byte[] idx = indices(img);
    for (int i = 0; i < rgb.length; i++) {
      int best = 0;
      int bestD = Integer.MAX_VALUE;
      for (int k = 0; k < 256; k++) {
        int c = m.getRGB(k);
        int dr = ((c >> 16) & 0xff) - ((rgb[i] >> 16) & 0xff);
        int dg = ((c >> 8) & 0xff) - ((rgb[i] >> 8) & 0xff);
        int db = (c & 0xff) - (rgb[i] & 0xff);
        int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (d < bestD) {
          bestD = d;
          best = k;
        }
      }
      // Pixels sharing an 18-bit cache key share the first one's answer: compare distances, not indices.
      int shown = m.getRGB(idx[i] & 0xff);
      int dr = ((shown >> 16) & 0xff) - ((rgb[i] >> 16) & 0xff);
      int dg = ((shown >> 8) & 0xff) - ((rgb[i] >> 8) & 0xff);
      int db = (shown & 0xff) - (rgb[i] & 0xff);
      assertThat(3 * dr * dr + 4 * dg * dg + 2 * db * db).as("pixel %d", i).isLessThanOrEqualTo(bestD + 3 * 9 + 4 * 9 + 2 * 9);
    }
  }

  @Test
  void ditheringSpreadsTheErrorSoAFlatAreaKeepsItsMeanColour() {
    // 300 bins: the palette must merge; a dithered frame's mean stays nearer the source than a plain one's.
    int[] rgb = rich();
    double plain = meanError(rgb, new MedianCutQuantizer(false).quantize(rgb, 32, 24));
    double dithered = meanError(rgb, new MedianCutQuantizer(true).quantize(rgb, 32, 24));
    assertThat(dithered).isLessThan(plain);
  }

  static double meanError(int[] rgb, BufferedImage img) {
    // Mean per channel over 4×4 blocks: what the eye averages.
    double sum = 0;
    for (int by = 0; by < 24; by += 4) {
      for (int bx = 0; bx < 32; bx += 4) {
        for (int s = 0; s < 24; s += 8) {
          int a = 0;
          int b = 0;
          for (int y = by; y < by + 4; y++) {
            for (int x = bx; x < bx + 4; x++) {
              a += (rgb[y * 32 + x] >> s) & 0xff;
              b += (img.getRGB(x, y) >> s) & 0xff;
            }
          }
          sum += Math.abs(a - b) / 16.0;
        }
      }
    }
    return sum;
  }

  /**
   * The exact output for a frame of 768 bins, pinned: median cut, the 18-bit cache and the error
   * diffusion are deterministic, so any change to them shows here (GIF bytes stay stable across
   * versions). Re-pin only for an intended change of the algorithm.
   */
  @Test
  void aRichFrameQuantizesToItsPinnedPaletteAndIndices() throws Exception {
    assertThat(sha(new MedianCutQuantizer(false).quantize(rich(), 32, 24))).isEqualTo("fdecf3a8add563c5");
    assertThat(sha(new MedianCutQuantizer(true).quantize(rich(), 32, 24))).isEqualTo("092d6234e53f0969");
  }
}
