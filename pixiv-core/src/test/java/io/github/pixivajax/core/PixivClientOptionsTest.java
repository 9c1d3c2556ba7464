package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** Builder limits (the limits themselves are accepted), derived options, secrets and close(). */
class PixivClientOptionsTest {

  @Test
  void builderAcceptsItsLimitsAndRejectsJustBeyond() {
    PixivClient.Builder b = PixivClient.builder().rateLimit(0);
    try (PixivClient c = b.maxRateLimitPause(Duration.ofDays(365)).maxResponseSize(1024).build()) {
      assertThat(c.maxRateLimitPause()).isEqualTo(Duration.ofDays(365));
      assertThat(c.maxResponseSize()).isEqualTo(1024);
    }
    try (PixivClient c = PixivClient.builder().maxRateLimitPause(Duration.ZERO).maxResponseSize(5000).build()) {
      assertThat(c.maxRateLimitPause()).isEqualTo(Duration.ZERO);
      assertThat(c.maxResponseSize()).isEqualTo(5000);
    }
    assertThatThrownBy(() -> b.maxRateLimitPause(Duration.ofDays(365).plusSeconds(1)))
        .hasMessage("maxPause must be in [0, 365 days] but was PT8760H1S");
    assertThatThrownBy(() -> b.maxRateLimitPause(Duration.ofSeconds(-1)))
        .hasMessage("maxPause must be in [0, 365 days] but was PT-1S");
    assertThatThrownBy(() -> b.maxResponseSize(1023))
        .hasMessage("maxResponseSize must be >= 1024 bytes but was 1023");
    b.readTimeout(Duration.ofMillis(Integer.MAX_VALUE));
    assertThatThrownBy(() -> b.connectTimeout(Duration.ofMillis(Integer.MAX_VALUE + 1L)))
        .hasMessage("connectTimeout is too large: PT596H31M23.648S");
  }

  @Test
  void headerValuesMayHoldSpacesAndTabsButNotDelete() {
    PixivClient.Builder b = PixivClient.builder();
    b.userAgent("my bot\t1.0 ~");
    assertThatThrownBy(() -> b.userAgent("bot\u007f"))
        .hasMessage("userAgent has a character not allowed in an HTTP header at index 3");
    assertThatThrownBy(() -> b.acceptLanguage("j\u001fa"))
        .hasMessage("acceptLanguage has a character not allowed in an HTTP header at index 1");
  }

  @Test
  void callTimeoutDefaultsToOneMinuteUnlessSetHereOrOnTheSuppliedClient() {
    try (PixivClient c = PixivClient.builder().build()) {
      assertThat(c.httpClient().callTimeoutMillis()).isEqualTo(60_000);
    }
    OkHttpClient own = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(7)).build();
    try (PixivClient c = PixivClient.builder().okHttpClient(own).build()) {
      assertThat(c.httpClient().callTimeoutMillis()).isEqualTo(7_000);
    }
    try (PixivClient c = PixivClient.builder().okHttpClient(new OkHttpClient()).build()) {
      assertThat(c.httpClient().callTimeoutMillis()).isEqualTo(60_000);
    }
    try (PixivClient c = PixivClient.builder().okHttpClient(own).callTimeout(Duration.ofSeconds(3)).build()) {
      assertThat(c.httpClient().callTimeoutMillis()).isEqualTo(3_000);
    }
  }

  @Test
  void downloadsWithTheirOwnParallelismAndImageBase() {
    try (PixivClient c = PixivClient.builder().imageBaseUrl("http://127.0.0.1:9").build()) {
      assertThat(c.imageBaseUrl()).isEqualTo("http://127.0.0.1:9/");
      assertThat(c.downloads(PixivClient.DEFAULT_DOWNLOAD_PARALLELISM)).isSameAs(c.downloads());
      assertThat(c.downloads(1)).isNotSameAs(c.downloads());
      assertThat(c.downloads(1).parallelism()).isEqualTo(1);
      assertThatThrownBy(() -> c.downloads(0)).hasMessage("parallelism must be >= 1 but was 0");
    }
    try (PixivClient c = PixivClient.builder().build()) {
      assertThat(c.imageBaseUrl()).isNull();
    }
  }

  @Test
  void toStringNamesBaseUrlAndSession() {
    try (PixivClient c = PixivClient.builder().baseUrl("http://127.0.0.1:9/").build()) {
      assertThat(c.toString()).isEqualTo("PixivClient{baseUrl=http://127.0.0.1:9/, session=PixivSession{anonymous}}");
    }
  }

  @Test
  void cookieValuesOfSixCharactersAndTheCsrfTokenAreRedactedFromServerMessages() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody(
          "{\"error\":true,\"message\":\"rejected abc123 and tok-xyz-42 and ab12\",\"body\":[]}"));
      try (PixivClient c = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString())
          .session(PixivSession.ofCookieHeader("a=ab12; sess=abc123"))
          .csrfToken("tok-xyz-42").build()) {
        assertThatThrownBy(() -> c.artworks().illust(5).blockingGet())
            .isInstanceOf(PixivApiException.class)
            .hasMessage("GET /ajax/illust/5 -> HTTP 200: rejected <redacted> and <redacted> and ab12");
      }
    }
  }

  @Test
  void closeReleasesItsOwnHttpClientButNotASuppliedOne() throws Exception {
    OkHttpClient supplied = new OkHttpClient();
    PixivClient borrowing = PixivClient.builder().okHttpClient(supplied).build();
    borrowing.close();
    assertThat(supplied.dispatcher().executorService().isShutdown()).isFalse();

    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":{\"id\":\"5\"}}"));
      PixivClient owning = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build();
      owning.artworks().illust(5).blockingGet();
      OkHttpClient http = owning.httpClient();
      assertThat(http.connectionPool().idleConnectionCount()).isEqualTo(1);
      owning.close();
      assertThat(http.dispatcher().executorService().isShutdown()).isTrue();
      assertThat(http.connectionPool().connectionCount()).isZero();
    }
  }
}
