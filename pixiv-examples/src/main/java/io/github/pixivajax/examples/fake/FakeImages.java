package io.github.pixivajax.examples.fake;

import com.sun.net.httpserver.HttpExchange;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The fake {@code i.pximg.net}: small deterministic PNG, JPEG and GIF images at exactly the paths the
 * fake's JSON names (originals, {@code master1200}, crops), with the image host's rules — 403 without
 * pixiv's {@code Referer}, and (stricter than pixiv, to catch leaks) 400 for any request with a
 * {@code Cookie}. Honours single {@code Range}s ({@code bytes=N-} and {@code bytes=N-M}) and HEAD.
 */
final class FakeImages {
  private static final String PXIMG = "https://i.pximg.net";
  private static final Pattern FILE = Pattern.compile("/(\\d+)(?:_p(\\d+))?[^/]*\\.(jpg|png|gif)$");
  // Novel covers and uploaded images, at the paths NovelRoutes names.
  private static final Pattern NOVEL = Pattern.compile(
      "/novel-cover-original/img/2024/01/01/00/00/00/(?:cover|uploaded|illust|series)-[0-9a-z-]+\\.png");
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
  private static final int CACHE = 512;

  private final Render render;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  FakeImages(Render render) {
    this.render = render;
  }

  void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    if (exchange.getRequestHeaders().containsKey("Cookie")) {
      text(exchange, 400, "Bad Request: image hosts never get cookies");
      return;
    }
    String referer = exchange.getRequestHeaders().getFirst("Referer");
    if (referer == null || !referer.startsWith("https://www.pixiv.net/")) {
      text(exchange, 403, "Forbidden");
      return;
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      text(exchange, 405, "Method Not Allowed");
      return;
    }
    byte[] image = image(path);
    if (image == null) {
      text(exchange, 404, "Not Found");
      return;
    }
    var h = exchange.getResponseHeaders();
    h.set("Content-Type", path.endsWith(".png") ? "image/png" : path.endsWith(".gif") ? "image/gif" : "image/jpeg");
    h.set("Accept-Ranges", "bytes");
    h.set("Cache-Control", "max-age=31536000");
    long from = 0;
    long to = image.length - 1L;
    int status = 200;
    String range = exchange.getRequestHeaders().getFirst("Range");
    if (range != null) {
      Matcher m = RANGE.matcher(range.trim());
      if (m.matches()) {
        from = Long.parseLong(m.group(1));
        to = m.group(2).isEmpty() ? image.length - 1L : Math.min(Long.parseLong(m.group(2)), image.length - 1L);
        if (from >= image.length || from > to) {
          h.set("Content-Range", "bytes */" + image.length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        status = 206;
        h.set("Content-Range", "bytes " + from + "-" + to + "/" + image.length);
      }
    }
    int length = (int) (to - from + 1);
    if (method.equals("HEAD")) {
      h.set("Content-Length", String.valueOf(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(image, (int) from, length);
    }
  }

  /** The bytes served at {@code path}, or null when the fake's JSON names no such image. */
  @Nullable byte[] image(String path) {
    if (NOVEL.matcher(path).matches()) {
      return NovelRoutes.PNG;
    }
    Matcher m = FILE.matcher(path);
    if (!m.find()) {
      return null;
    }
    long id;
    try {
      id = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return null;
    }
    if (!render.data.exists(id)) {
      return null;
    }
    int page = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (page >= render.data.pageCount(id) || !known(id, page, PXIMG + path)) {
      return null;
    }
    byte[] cached = cache.get(path);
    if (cached != null) {
      return cached;
    }
    byte[] made = draw(id, page, m.group(3));
    if (cache.size() >= CACHE) {
      cache.clear();
    }
    cache.put(path, made);
    return made;
  }

  private boolean known(long id, int page, String url) {
    if (url.equals(render.original(id, page)) || url.equals(render.master(id, page, null))) {
      return true;
    }
    int c = url.indexOf("/c/");
    if (c < 0) {
      return false;
    }
    String crop = url.substring(c + 3, url.indexOf('/', c + 3));
    return url.equals(render.master(id, page, crop)) || (page == 0 && url.equals(render.square(id, crop)));
  }

  /** A small gradient in colours of the work and page: the same bytes for the same request, always. */
  static byte[] draw(long id, int page, String format) {
    int w = 96 + (int) (id % 5) * 8;
    int h = 72 + page * 4;
    BufferedImage img = new BufferedImage(w, h, format.equals("gif") ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      float hue = ((id * 37 + page * 11) % 360) / 360f;
      for (int y = 0; y < h; y++) {
        g.setColor(Color.getHSBColor(hue, 0.6f, 0.4f + 0.6f * y / h));
        g.drawLine(0, y, w, y);
      }
      // A block per page (no text: fonts may be missing on a headless machine).
      g.setColor(Color.WHITE);
      g.fillRect(4 + page % 8 * 10, 4, 8, 8);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      if (!ImageIO.write(img, format.equals("jpg") ? "jpeg" : format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    byte[] b = message.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, b.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(b);
    }
  }
}
