package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** The session and CSRF token never reach logs, exception messages or toString(). */
class SecretsTest {
  static final String PHPSESSID = "9876543_TopSecretSessionValueQwErTy";
  static final String TOKEN = "0123456789abcdef0123456789abcdef";

  @Test
  void phpSessIdAndTokenNeverAppearInLogsExceptionsOrToString() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    StringBuilder everything = new StringBuilder();
    MockWebServer server = new MockWebServer();
    server.start();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (PixivClient client = PixivClient.builder().rateLimit(0)
        .baseUrl(server.url("/").toString())
        .session(PixivSession.ofCookieHeader("p_ab_id=1; PHPSESSID=" + PHPSESSID))
        .httpLogging(HttpLogging.BODY)
        .build()) {
      // A GET with the cookie, a token page echoing both secrets, a POST with the token, and errors whose bodies echo them.
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\"}}").addHeader("Set-Cookie", "PHPSESSID=" + PHPSESSID));
      server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/next-data.html") + "<!-- " + PHPSESSID + " -->"));
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"last_bookmark_id\":\"1\"}}"));
      server.enqueue(new MockResponse().setResponseCode(500).setBody("session " + PHPSESSID + " token " + TOKEN));
      server.enqueue(new MockResponse().setBody("<html><body>PHPSESSID=" + PHPSESSID + " token:" + TOKEN + "</body></html>"));
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"" + PHPSESSID));

      client.artworks().illust(1).blockingGet();
      client.create(TestApi.class).write(Map.of("x", 1)).blockingGet();
      for (int i = 0; i < 3; i++) {
        Throwable t = catchThrowable(() -> client.artworks().illust(1).blockingGet());
        assertThat(t).isInstanceOf(PixivException.class);
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        everything.append(trace);
        if (t instanceof PixivApiException) {
          everything.append(((PixivApiException) t).bodySnippet());
        }
        if (t instanceof PixivDecodeException) {
          everything.append(((PixivDecodeException) t).bodySnippet());
        }
      }
      everything.append(client).append(client.session());
    } finally {
      System.setErr(original);
      server.shutdown();
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).contains("/ajax/illust/1").contains("x-csrf-token");
    assertThat(logs + everything).doesNotContain(PHPSESSID).doesNotContain("TopSecretSessionValue").doesNotContain(TOKEN);
  }

  @Test
  void serverTextEchoingTheClientsSecretsIsRedactedEverywhere() throws Exception {
    // Not shaped like a PHPSESSID or a token: only the client's knowledge of its secrets catches it.
    String secret = "zzQuiteSecretCookieValue";
    MockWebServer server = new MockWebServer();
    server.start();
    StringBuilder everything = new StringBuilder();
    try (PixivClient client = PixivClient.builder().rateLimit(0)
        .baseUrl(server.url("/").toString())
        .session(PixivSession.ofCookieHeader("device=" + secret))
        .build()) {
      server.enqueue(new MockResponse().setBody("{\"error\":true,\"message\":\"bad cookie device=" + secret + "\",\"body\":[]}"));
      server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"error\":true,\"message\":\"who is " + secret + "\"}"));
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\",\"count\":\"" + secret + "\"}}"));
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\",\"count\":" + secret + "}}"));
      for (int i = 0; i < 4; i++) {
        Throwable t = catchThrowable(() -> client.create(TestApi.class).thing(1).blockingGet());
        assertThat(t).isInstanceOf(PixivException.class);
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        everything.append(trace).append(t);
        if (t instanceof PixivApiException) {
          everything.append(((PixivApiException) t).pixivMessage()).append(((PixivApiException) t).bodySnippet());
        }
      }
    } finally {
      server.shutdown();
    }
    assertThat(everything.toString()).contains("bad cookie <redacted>").doesNotContain(secret);
  }
}
