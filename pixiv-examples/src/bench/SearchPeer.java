import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Java peer of search_peer.py for the start-up benchmark: the same work on the JDK's HTTP client (one
 * keep-alive connection), Jackson's readTree per page and one line per work, in a JVM started as the
 * launcher starts the CLI. What the JVM itself costs, without the CLI's stack. Usage: BASE_URL WORD PAGES
 */
public final class SearchPeer {
  public static void main(String[] a) throws Exception {
    String base = a[0];
    String q = URLEncoder.encode(a[1], StandardCharsets.UTF_8).replace("+", "%20");
    int pages = Integer.parseInt(a[2]);
    ObjectMapper m = new ObjectMapper();
    BufferedOutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    for (int p = 1; p <= pages; p++) {
      HttpURLConnection c = (HttpURLConnection) new URL(base + "ajax/search/artworks/" + q + "?word=" + q + "&p=" + p).openConnection();
      c.setRequestProperty("Accept", "application/json");
      c.setRequestProperty("Referer", "https://www.pixiv.net/");
      c.setRequestProperty("User-Agent", "peer");
      JsonNode root;
      try (InputStream in = c.getInputStream()) {
        root = m.readTree(in);
      }
      for (JsonNode work : root.path("body").path("illustManga").path("data")) {
        if (work.has("id")) {
          out.write(m.writeValueAsBytes(work));
          out.write('\n');
        }
      }
    }
    out.flush();
  }
}
