package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake i.pximg.net: real images at the JSON's paths, pixiv's Referer rule, no cookies, Range. */
class FakeImagesTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  FakePixiv fake;

  @BeforeEach
  void start() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** The JSON's original URL of {@code page}, on the fake image host. */
  String original(long id, int page) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "ajax/illust/" + id + "/pages")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode body = new ObjectMapper().readTree(r.body()).path("body");
    String url = body.get(page).path("urls").path("original").asText();
    assertThat(url).startsWith("https://i.pximg.net/img-original/img/");
    return url.replace("https://i.pximg.net/", fake.imageBaseUrl());
  }

  HttpResponse<byte[]> get(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void everyPageOfAMultiPageWorkIsARealDeterministicImage() throws Exception {
    long id = FakeIds.multiPage(fake, 3, 1);
    byte[] first = null;
    for (int page = 0; page < 3; page++) {
      HttpResponse<byte[]> r = get(original(id, page), "Referer", "https://www.pixiv.net/");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(ImageIO.read(new ByteArrayInputStream(r.body()))).isNotNull();
      if (page == 0) {
        first = r.body();
      } else {
        assertThat(r.body()).isNotEqualTo(first);
      }
    }
    assertThat(get(original(id, 0), "Referer", "https://www.pixiv.net/").body()).isEqualTo(first);
  }

  @Test
  void refusesWithoutPixivRefererAndAnyCookie() throws Exception {
    String url = original(FakeIds.singlePage(fake, 1), 0);
    assertThat(get(url).statusCode()).isEqualTo(403);
    assertThat(get(url, "Referer", "https://evil.example/").statusCode()).isEqualTo(403);
    assertThat(get(url, "Referer", "https://www.pixiv.net/", "Cookie", "PHPSESSID=x").statusCode()).isEqualTo(400);
  }

  @Test
  void honoursRangeAndKnowsOnlyTheJsonsPaths() throws Exception {
    String url = original(FakeIds.singlePage(fake, 1), 0);
    byte[] whole = get(url, "Referer", "https://www.pixiv.net/").body();
    HttpResponse<byte[]> part = get(url, "Referer", "https://www.pixiv.net/", "Range", "bytes=10-");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-" + (whole.length - 1) + "/" + whole.length);
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole, 10, whole.length));
    assertThat(get(url, "Referer", "https://www.pixiv.net/", "Range", "bytes=" + whole.length + "-").statusCode()).isEqualTo(416);
    String other = url.endsWith(".png") ? url.replace(".png", ".jpg") : url.replace(".jpg", ".png");
    assertThat(get(other, "Referer", "https://www.pixiv.net/").statusCode()).isEqualTo(404);
  }
}
