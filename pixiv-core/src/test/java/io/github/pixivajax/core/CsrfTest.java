package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsrfTest {
  static final String SECRET = "31_CsRfSeSsIoNsEcReT0123456789ab";
  static final String OK = "{\"error\":false,\"message\":\"\",\"body\":{\"last_bookmark_id\":\"9\"}}";

  MockWebServer server;
  PixivClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).session(PixivSession.ofPhpSessId(SECRET)).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  TestApi api() {
    return client.create(TestApi.class);
  }

  @ParameterizedTest
  @CsvSource({
    "csrf/next-data.html, 0123456789abcdef0123456789abcdef, ''",
    "csrf/meta-global-data.html, fedcba9876543210fedcba9876543210, ''",
    "csrf/inline-token.html, aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb, 33",
  })
  void tokenIsDiscoveredFromEachPageFormat(String page, String token, String userIdHeader) throws Exception {
    MockResponse html = new MockResponse().setBody(Fixtures.resource(page)).setHeader("Content-Type", "text/html");
    if (!userIdHeader.isEmpty()) {
      html.setHeader("x-userid", userIdHeader);
    }
    server.enqueue(html);
    server.enqueue(new MockResponse().setBody(OK));
    assertThat(api().write(Map.of("a", 1)).blockingGet().lastBookmarkId()).isEqualTo("9");

    RecordedRequest pageRequest = server.takeRequest();
    assertThat(pageRequest.getMethod()).isEqualTo("GET");
    assertThat(pageRequest.getPath()).isEqualTo("/");
    assertThat(pageRequest.getHeader("Cookie")).isEqualTo("PHPSESSID=" + SECRET);
    assertThat(pageRequest.getHeader("x-csrf-token")).isNull();
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getHeader("x-csrf-token")).isEqualTo(token);
  }

  @Test
  void discoveredTokenIsCachedAcrossPosts() throws Exception {
    server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/next-data.html")));
    server.enqueue(new MockResponse().setBody(OK));
    server.enqueue(new MockResponse().setBody(OK));
    api().write(Map.of()).blockingGet();
    api().write(Map.of()).blockingGet();
    assertThat(server.getRequestCount()).isEqualTo(3);
    server.takeRequest();
    assertThat(server.takeRequest().getHeader("x-csrf-token")).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(server.takeRequest().getHeader("x-csrf-token")).isEqualTo("0123456789abcdef0123456789abcdef");
  }

  @Test
  void rejectedTokenIsRefreshedOnceAndThePostRetried() throws Exception {
    try (PixivClient given = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString())
        .session(PixivSession.ofPhpSessId(SECRET)).csrfToken("0000000000000000000000000000dead").build()) {
      server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":true,\"message\":\"Invalid token\",\"body\":[]}"));
      server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/meta-global-data.html")));
      server.enqueue(new MockResponse().setBody(OK));
      assertThat(given.create(TestApi.class).write(Map.of()).blockingGet().lastBookmarkId()).isEqualTo("9");
      assertThat(server.takeRequest().getHeader("x-csrf-token")).isEqualTo("0000000000000000000000000000dead");
      assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
      RecordedRequest retried = server.takeRequest();
      assertThat(retried.getMethod()).isEqualTo("POST");
      assertThat(retried.getHeader("x-csrf-token")).isEqualTo("fedcba9876543210fedcba9876543210");
    }
  }

  @Test
  void clientErrorAboutSomethingElseIsNotRetriedWithAFreshToken() throws Exception {
    server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/next-data.html")));
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":true,\"message\":\"Invalid bookmarkIds\",\"body\":[]}"));
    assertThatThrownBy(() -> api().write(Map.of()).blockingGet()).isInstanceOf(PixivException.class)
        .hasMessageContaining("Invalid bookmarkIds");
    assertThat(server.getRequestCount()).as("the page, then one POST").isEqualTo(2);
  }

  @Test
  void rejectionOfTheFreshTokenIsNotRetriedAgain() throws Exception {
    server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/next-data.html")));
    server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"error\":true,\"message\":\"Invalid token\",\"body\":[]}"));
    server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/next-data.html")));
    server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"error\":true,\"message\":\"Invalid token\",\"body\":[]}"));
    assertThatThrownBy(() -> api().write(Map.of()).blockingGet()).isInstanceOf(PixivAuthException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void loggedOutPageMeansPixivAuthExceptionAndNoPost() throws Exception {
    server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/logged-out.html")));
    assertThatThrownBy(() -> api().write(Map.of()).blockingGet())
        .isInstanceOf(PixivAuthException.class)
        .hasMessageContaining("not logged in")
        .hasMessageNotContaining(SECRET);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anonymousSessionFailsLoginOnlyCallWithoutAnyRequest() {
    try (PixivClient anon = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> anon.create(TestApi.class).write(Map.of()).blockingGet())
          .isInstanceOf(PixivAuthException.class)
          .hasMessageContaining("logged-in session")
          .satisfies(e -> assertThat(((PixivAuthException) e).status()).isZero());
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
