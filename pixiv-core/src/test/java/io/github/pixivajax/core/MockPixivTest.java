package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for endpoint tests: a MockWebServer standing in for pixiv and a logged-in client (with a
 * CSRF token, so POSTs need no token page) pointed at it; an anonymous one where {@link #loggedIn()}
 * says so.
 */
public abstract class MockPixivTest {
  protected static final String CSRF = "0123456789abcdef0123456789abcdef";

  protected MockWebServer server;
  protected PixivClient client;

  /** Whether the client has a session (and a CSRF token); false for an anonymous client. */
  protected boolean loggedIn() {
    return true;
  }

  @BeforeEach
  void startServer() throws Exception {
    server = new MockWebServer();
    server.start();
    PixivClient.Builder b = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString());
    if (loggedIn()) {
      b.session(PixivSession.ofPhpSessId("12345_TestSessionValueAbCdEfGh")).csrfToken(CSRF);
    }
    client = b.build();
  }

  @AfterEach
  void stopServer() throws Exception {
    client.close();
    server.shutdown();
  }

  /** Serves the capture at {@code seed-examples/<relative>} as the next response. */
  protected void enqueueSeed(String relative) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(Fixtures.seedBuffer(relative)));
  }

  protected void enqueueJson(String json) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));
  }

  protected RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  /**
   * Asserts method, decoded path, exactly these query parameters (decoded; order ignored) and the
   * Referer.
   */
  protected static void assertRequest(
      RecordedRequest r, String method, String path, Map<String, String> query, String referer) {
    assertThat(r.getMethod()).isEqualTo(method);
    HttpUrl url = r.getRequestUrl();
    assertThat(decodedPath(url)).isEqualTo(path);
    Map<String, String> actual = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      actual.put(name, url.queryParameter(name));
    }
    assertThat(actual).isEqualTo(query);
    assertThat(r.getHeader("Referer")).isEqualTo(referer);
  }

  private static String decodedPath(HttpUrl url) {
    return "/" + String.join("/", url.pathSegments());
  }
}
