package io.github.pixivajax.core.ugoira;

import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Deterministic ugoira zips for tests and benchmarks: a gradient, a moving disc, uneven delays. */
public final class TestUgoira {
  private TestUgoira() {}

  /** Uneven delays, not all multiples of 10 ms: 40, 73, 120, 33, 60, 47, 200, 90, … */
  public static int delay(int frame) {
    int[] d = {40, 73, 120, 33, 60, 47, 200, 90, 35, 55};
    return d[frame % d.length];
  }

  public static BufferedImage frame(int i, int frames, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float hue = i / (float) frames;
      g.setPaint(new java.awt.GradientPaint(0, 0, Color.getHSBColor(hue, 0.5f, 1f), width, height,
          Color.getHSBColor(hue + 0.5f, 0.8f, 0.4f)));
      g.fillRect(0, 0, width, height);
      int r = Math.max(4, Math.min(width, height) / 6);
      double a = 2 * Math.PI * i / frames;
      int cx = (int) (width / 2 + Math.cos(a) * (width / 2 - r));
      int cy = (int) (height / 2 + Math.sin(a) * (height / 2 - r));
      g.setColor(new Color(250, 240, 40));
      g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
      g.setColor(new Color(20, 30, 160));
      g.fillRect(width / 10, height / 10 + (i * 7) % Math.max(1, height / 2), width / 5, height / 12 + 1);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Writes {@code frames} JPEG frames named {@code 000000.jpg…} to {@code zip}; returns their meta. */
  public static UgoiraMeta write(Path zip, int frames, int width, int height) throws IOException {
    List<UgoiraMeta.Frame> list = new ArrayList<>();
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < frames; i++) {
        String name = String.format("%06d.jpg", i);
        z.putNextEntry(new ZipEntry(name));
        ImageIO.write(frame(i, frames, width, height), "jpg", z);
        z.closeEntry();
        list.add(new UgoiraMeta.Frame(name, delay(i)));
      }
    }
    return meta(list);
  }

  public static UgoiraMeta meta(List<UgoiraMeta.Frame> frames) {
    return new UgoiraMeta("https://i.pximg.net/img-zip-ugoira/img/2024/01/01/00/00/00/7_ugoira600x600.zip",
        "https://i.pximg.net/img-zip-ugoira/img/2024/01/01/00/00/00/7_ugoira1920x1080.zip", "image/jpeg", frames, Map.of());
  }

  /** {@code java TestUgoira ZIP OUT}: converts to GIF; the -Xmx64m test runs this in its own JVM. */
  public static void main(String[] args) throws IOException {
    Path zip = Path.of(args[0]);
    UgoiraMeta meta = meta(readFrames(zip));
    UgoiraConverter.create().convert(zip, meta, UgoiraFormat.GIF, Path.of(args[1]));
    System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
  }

  static List<UgoiraMeta.Frame> readFrames(Path zip) throws IOException {
    List<UgoiraMeta.Frame> out = new ArrayList<>();
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
      for (int i = 0; i < z.size(); i++) {
        out.add(new UgoiraMeta.Frame(String.format("%06d.jpg", i), delay(i)));
      }
    }
    return out;
  }
}
