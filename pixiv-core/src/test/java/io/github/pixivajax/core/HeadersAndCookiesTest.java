package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeadersAndCookiesTest {
  static final String SECRET = "777_SeSsIoNsEcReTvAlUe0123456789";

  MockWebServer pixiv;
  MockWebServer other;
  PixivClient client;

  @BeforeEach
  void start() throws Exception {
    pixiv = new MockWebServer();
    other = new MockWebServer();
    pixiv.start();
    other.start();
    // i.pximg.net resolves to the second server, so image requests go through the real code path.
    OkHttpClient base = new OkHttpClient.Builder()
        .dns(host -> host.equals("i.pximg.net") ? List.of(InetAddress.getLoopbackAddress()) : Dns.SYSTEM.lookup(host))
        .build();
    client = PixivClient.builder().rateLimit(0)
        .baseUrl(pixiv.url("/").toString())
        .session(PixivSession.ofPhpSessId(SECRET))
        .csrfToken("0123456789abcdef0123456789abcdef")
        .acceptLanguage("ja")
        .userAgent("pixiv-ajax-test/1.0")
        .okHttpClient(base)
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    pixiv.shutdown();
    other.shutdown();
  }

  @Test
  void artworkCallSendsUserAgentLanguageCookieAndArtworkReferer() throws Exception {
    pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":{\"id\":\"5\"}}"));
    client.artworks().illust(5).blockingGet();
    RecordedRequest r = pixiv.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/ajax/illust/5");
    assertThat(r.getHeader("User-Agent")).isEqualTo("pixiv-ajax-test/1.0");
    assertThat(r.getHeader("Accept-Language")).isEqualTo("ja");
    assertThat(r.getHeader("Referer")).isEqualTo("https://www.pixiv.net/artworks/5");
    assertThat(r.getHeader("Cookie")).isEqualTo("PHPSESSID=" + SECRET);
    assertThat(r.getHeader("x-csrf-token")).isNull();
  }

  @Test
  void userEndpointGetsMemberReferer() throws Exception {
    pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"9\"}}"));
    client.create(TestApi.class).thing(9).blockingGet();
    assertThat(pixiv.takeRequest().getHeader("Referer")).isEqualTo("https://www.pixiv.net/member.php?id=9");
  }

  @Test
  void endpointWithoutRefererTemplateGetsPixivOrigin() throws Exception {
    pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":[]}"));
    client.create(TestApi.class).things().blockingGet();
    assertThat(pixiv.takeRequest().getHeader("Referer")).isEqualTo("https://www.pixiv.net/");
  }

  @Test
  void postCarriesCsrfTokenAndJsonBody() throws Exception {
    pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":{\"last_bookmark_id\":\"1\"}}"));
    client.create(TestApi.class).write(Map.of("illust_id", "5")).blockingGet();
    RecordedRequest r = pixiv.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getHeader("x-csrf-token")).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"illust_id\":\"5\"}");
  }

  @Test
  void otherHostThroughTheSameOkHttpClientGetsNoCookie() throws Exception {
    other.enqueue(new MockResponse().setBody("elsewhere"));
    try (Response r = client.httpClient().newCall(new Request.Builder().url(other.url("/x")).build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    RecordedRequest r = other.takeRequest();
    assertThat(r.getHeader("Cookie")).isNull();
    assertThat(r.getHeader("x-csrf-token")).isNull();
    assertThat(r.getHeader("Referer")).isNull();
  }

  @Test
  void imageHostGetsPixivRefererButNeverTheCookie() throws Exception {
    other.enqueue(new MockResponse().setBody("png"));
    String url = "http://i.pximg.net:" + other.getPort() + "/img-original/img/1_p0.png";
    try (Response r = client.httpClient().newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(r.body().string()).isEqualTo("png");
    }
    RecordedRequest r = other.takeRequest();
    assertThat(r.getHeader("Referer")).isEqualTo("https://www.pixiv.net/");
    assertThat(r.getHeader("Cookie")).isNull();
    assertThat(r.getHeader("User-Agent")).isEqualTo("pixiv-ajax-test/1.0");
  }

  @Test
  void crossHostRedirectDropsTheCookie() throws Exception {
    pixiv.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", other.url("/landed")));
    other.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"5\"}}"));
    client.artworks().illust(5).blockingGet();
    assertThat(pixiv.takeRequest().getHeader("Cookie")).isEqualTo("PHPSESSID=" + SECRET);
    RecordedRequest landed = other.takeRequest();
    assertThat(landed.getPath()).isEqualTo("/landed");
    assertThat(landed.getHeader("Cookie")).isNull();
  }

  @Test
  void sameHostRedirectKeepsTheCookie() throws Exception {
    pixiv.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/moved"));
    pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"5\"}}"));
    client.artworks().illust(5).blockingGet();
    pixiv.takeRequest();
    assertThat(pixiv.takeRequest().getHeader("Cookie")).isEqualTo("PHPSESSID=" + SECRET);
  }

  @Test
  void anonymousClientSendsNoCookie() throws Exception {
    try (PixivClient anon = PixivClient.builder().rateLimit(0).baseUrl(pixiv.url("/").toString()).build()) {
      pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"5\"}}"));
      anon.artworks().illust(5).blockingGet();
      RecordedRequest r = pixiv.takeRequest();
      assertThat(r.getHeader("Cookie")).isNull();
      assertThat(r.getHeader("User-Agent")).isEqualTo(PixivClient.DEFAULT_USER_AGENT);
      assertThat(r.getHeader("Accept-Language")).isEqualTo("en");
    }
  }

  @Test
  void crossOriginRedirectOfAWriteDropsCookieAndTokenAndFails() throws Exception {
    pixiv.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", other.url("/elsewhere")));
    other.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{}}"));
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> client.create(TestApi.class).write(Map.of("illust_id", "1")).blockingGet());
    RecordedRequest hop = other.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(hop).isNotNull();
    assertThat(hop.getHeader("x-csrf-token")).isNull();
    assertThat(hop.getHeader("Cookie")).isNull();
    assertThat(t).isInstanceOf(PixivException.class)
        .hasMessageContaining("POST /ajax/write")
        .hasMessageContaining("HTTP 302")
        .hasMessageContaining("not made");
  }

  @Test
  void sameOriginRedirectTurningAPostIntoAGetFails() throws Exception {
    pixiv.enqueue(new MockResponse().setResponseCode(303).setHeader("Location", "/ajax/landing"));
    pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{}}"));
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> client.create(TestApi.class).write(Map.of("illust_id", "1")).blockingGet());
    assertThat(t).isInstanceOf(PixivException.class).hasMessageContaining("HTTP 303").hasMessageContaining("GET");
    assertThat(pixiv.getRequestCount()).isEqualTo(2);
  }
}
