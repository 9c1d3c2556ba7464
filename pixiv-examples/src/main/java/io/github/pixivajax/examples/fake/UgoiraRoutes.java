package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Ugoira in the fake: {@code ugoira_meta} with uneven per-frame delays, and the zips it points at —
 * real JPEG frames drawn deterministically (a gradient and a disc that moves with the frame).
 *
 * <p>The meta's URLs are {@code https://i.pximg.net/img-zip-ugoira/…}, as pixiv's; the zips are
 * served by {@link #serveZip} on the fake's image host (a client's {@code imageBaseUrl} points
 * there), behaving like {@code i.pximg.net}: 403 without pixiv's {@code Referer}, 400 with a {@code
 * Cookie}.
 */
final class UgoiraRoutes {
  private static final Pattern ZIP_PATH =
      Pattern.compile("/img-zip-ugoira/img/\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{2}/\\d{2}/(\\d{1,12})_ugoira(600x600|1920x1080)\\.zip");
  private static final int MAX_CACHED = 4;

  private final FakeData data;
  private final Render render;
  private final Map<String, byte[]> cache = new LinkedHashMap<>(8, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > MAX_CACHED;
    }
  };

  UgoiraRoutes(Render render) {
    this.render = render;
    this.data = render.data;
  }

  void register(Router r) {
    r.get("ajax/illust/{id}/ugoira_meta", this::meta);
  }

  int frames(long id) {
    return 8 + data.pick(id, FakeData.S_EXTRA + 12, 40);
  }

  /** 20–169 ms, different for every frame and rarely a multiple of 10. */
  int delay(long id, int frame) {
    return 20 + data.pick(FakeData.pair(id, frame), FakeData.S_EXTRA + 13, 150);
  }

  private String zipUrl(long id, String size) {
    return render.ugoiraZip(id, size);
  }

  private Reply meta(Call c) {
    long id = c.pathId("id");
    if (!data.exists(id)) {
      throw FakeError.notFound();
    }
    if (data.type(id) != FakeData.UGOIRA) {
      throw FakeError.badRequest("This work is not an ugoira.");
    }
    ObjectNode o = Json.obj();
    o.put("src", zipUrl(id, "600x600"));
    o.put("originalSrc", zipUrl(id, "1920x1080"));
    o.put("mime_type", "image/jpeg");
    ArrayNode frames = o.putArray("frames");
    for (int i = 0, n = frames(id); i < n; i++) {
      frames.addObject().put("file", String.format("%06d.jpg", i)).put("delay", delay(id, i));
    }
    return Reply.ok(o);
  }

  // ---- the image host's part ----

  /** Serves {@code /img-zip-ugoira/img/…/{id}_ugoira{600x600|1920x1080}.zip} like i.pximg.net. */
  void serveZip(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      int status;
      byte[] body = new byte[0];
      Matcher m = ZIP_PATH.matcher(exchange.getRequestURI().getRawPath());
      String referer = exchange.getRequestHeaders().getFirst("Referer");
      if (!method.equals("GET") && !method.equals("HEAD")) {
        status = 405;
      } else if (exchange.getRequestHeaders().containsKey("Cookie")) {
        status = 400; // the session must never reach the image host
      } else if (referer == null || !referer.startsWith("https://www.pixiv.net/")) {
        status = 403;
      } else if (!m.matches() || !data.exists(Long.parseLong(m.group(1))) || data.type(Long.parseLong(m.group(1))) != FakeData.UGOIRA) {
        status = 404;
      } else {
        status = 200;
        body = zip(Long.parseLong(m.group(1)), m.group(2).equals("600x600"));
      }
      exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/zip" : "text/html; charset=utf-8");
      boolean noBody = status != 200 || method.equals("HEAD");
      exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** The zip of frames: fitting 600×600 for {@code src}, at most 960 px wide for {@code originalSrc}. */
  byte[] zip(long id, boolean small) {
    String key = id + (small ? "s" : "o");
    synchronized (cache) {
      byte[] cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    double w = data.width(id);
    double h = data.height(id);
    double scale = small ? Math.min(600 / w, 600 / h) : Math.min(1, 960 / w);
    int width = Math.max(16, (int) Math.round(w * scale));
    int height = Math.max(16, (int) Math.round(h * scale));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      int n = frames(id);
      for (int i = 0; i < n; i++) {
        z.putNextEntry(new ZipEntry(String.format("%06d.jpg", i)));
        ImageIO.write(frame(id, i, n, width, height), "jpg", z);
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] out = bytes.toByteArray();
    synchronized (cache) {
      cache.put(key, out);
    }
    return out;
  }

  private BufferedImage frame(long id, int i, int n, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float hue = data.pick(id, FakeData.S_EXTRA + 14, 360) / 360f;
      g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 1f), width, height, Color.getHSBColor(hue + 0.4f, 0.7f, 0.45f)));
      g.fillRect(0, 0, width, height);
      int r = Math.max(4, Math.min(width, height) / 7);
      double a = 2 * Math.PI * i / n;
      int cx = (int) (width / 2.0 + Math.cos(a) * (width / 2.0 - r));
      int cy = (int) (height / 2.0 + Math.sin(a) * (height / 2.0 - r));
      g.setColor(Color.getHSBColor(hue + 0.15f, 0.9f, 1f));
      g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    } finally {
      g.dispose();
    }
    return img;
  }
}
