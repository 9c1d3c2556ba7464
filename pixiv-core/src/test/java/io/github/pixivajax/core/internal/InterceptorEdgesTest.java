package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.FreshClass;
import io.github.pixivajax.core.api.Range;
import io.github.pixivajax.core.api.Referer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import retrofit2.http.Field;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Argument ranges, Referer templates and the write-guarding interceptors at their edges. */
class InterceptorEdgesTest {
  interface Ranged {
    void call(@Query("p") @Range(min = 1, max = 10) int p, @Path("id") @Range(min = 1) long id, @Range(max = 5) int plain);
  }

  interface Refs {
    @Referer("{id}/x?q={q}&f={f}")
    void all(@Path("id") String id, @Query("q") String q, @Field("f") String f);

    void none(@Path("id") String id);

    @Referer("https://www.pixiv.net/")
    void fixed(@Path("id") String id);
  }

  private static Method method(Class<?> type, String name) {
    for (Method m : FreshClass.of(type).getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void rangeMessagesNameTheParameterAndItsBounds() {
    Method m = method(Ranged.class, "call");
    PixivCallAdapterFactory.checkRanges(m, List.of(10, 1L, 5));
    PixivCallAdapterFactory.checkRanges(m, List.of(1, 1L)); // fewer arguments than bounds: nothing to check
    assertThatThrownBy(() -> PixivCallAdapterFactory.checkRanges(m, List.of(11, 1L, 0)))
        .hasMessage("p must be in [1, 10] but was 11");
    assertThatThrownBy(() -> PixivCallAdapterFactory.checkRanges(m, List.of(1, 0L, 0)))
        .hasMessage("id must be >= 1 but was 0");
    assertThatThrownBy(() -> PixivCallAdapterFactory.checkRanges(m, List.of(1, 1L, 6)))
        .hasMessage("plain must be <= 5 but was 6");
  }

  @Test
  void refererTemplatesFillPathQueryAndFieldArguments() {
    Method all = method(Refs.class, "all");
    assertThat(all.getDeclaringClass()).isNotSameAs(Refs.class);
    assertThat(RefererInterceptor.fromAnnotation(all, List.of("7 8", "cat", "dog"))).isEqualTo("7%208/x?q=cat&f=dog");
    assertThat(RefererInterceptor.fromAnnotation(all, List.of("7", "cat", "dog", "extra"))).isEqualTo("7/x?q=cat&f=dog");
    assertThat(RefererInterceptor.fromAnnotation(all, List.of("7"))).isEqualTo("7/x?q={q}&f={f}");
    assertThat(RefererInterceptor.fromAnnotation(all, Arrays.asList("7", null, "dog"))).isEqualTo("7/x?q={q}&f=dog");
    assertThat(RefererInterceptor.fromAnnotation(method(Refs.class, "none"), List.of("7"))).isNull();
    assertThat(RefererInterceptor.fromAnnotation(method(Refs.class, "fixed"), List.of("7"))).isEqualTo("https://www.pixiv.net/");
  }

  private static final String PAGE = "<html><meta name=\"global-data\" id=\"meta-global-data\" content='"
      + "{\"token\":\"fresh-token\",\"userData\":{\"id\":\"42\"}}'></html>";

  /** The x-csrf-token of every POST when pixiv answers the stale token's POST with {@code code, body}. */
  private static List<String> postTokens(int code, String body) throws Exception {
    return postTokens(code, body, new ArrayList<>());
  }

  private static List<String> postTokens(int code, String body, List<Integer> sequence) throws Exception {
    List<String> tokens = new ArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
          if (r.getMethod().equals("GET")) {
            return new MockResponse().setBody(PAGE);
          }
          synchronized (tokens) {
            tokens.add(r.getHeader("x-csrf-token"));
            sequence.add(r.getSequenceNumber());
          }
          return "stale-token".equals(r.getHeader("x-csrf-token"))
              ? new MockResponse().setResponseCode(code).setBody(body)
              : new MockResponse().setBody("{\"error\":false,\"body\":{}}");
        }
      });
      server.start();
      CsrfInterceptor csrf = new CsrfInterceptor(server.url("/"), "stale-token", PixivJson.mapper());
      assertThat(csrf.currentToken()).isEqualTo("stale-token");
      csrf.attach(new OkHttpClient());
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(csrf).build();
      Request post = new Request.Builder().url(server.url("/ajax/x"))
          .post(RequestBody.create(MediaType.get("application/json"), "{}")).build();
      try (Response r = client.newCall(post).execute()) {
        r.body().string();
      }
      assertThat(csrf.currentToken()).isEqualTo(tokens.size() == 2 ? "fresh-token" : "stale-token");
    }
    return tokens;
  }

  @Test
  void aRejectedTokenIsRefreshedAndTheWriteRetriedOnce() throws Exception {
    assertThat(postTokens(403, "invalid token")).containsExactly("stale-token", "fresh-token");
    assertThat(postTokens(400, "")).containsExactly("stale-token", "fresh-token");
    List<Integer> sequence = new ArrayList<>();
    assertThat(postTokens(403, "invalid token" + " ".repeat(8000) + "end", sequence))
        .containsExactly("stale-token", "fresh-token");
    assertThat(sequence).containsExactly(0, 1); // the rejected answer was closed: its connection carries the retry
    assertThat(postTokens(200, "{\"error\":true,\"message\":\"Invalid CSRF\",\"body\":[]}"))
        .containsExactly("stale-token", "fresh-token");
  }

  @Test
  void otherRejectionsAreNotRetried() throws Exception {
    assertThat(postTokens(403, "Invalid bookmarkIds")).containsExactly("stale-token");
    assertThat(postTokens(200, "{\"error\":true,\"message\":\"Invalid bookmarkIds\",\"body\":[]}")).containsExactly("stale-token");
    assertThat(postTokens(200, "{\"error\":false,\"message\":\"token ok\",\"body\":[]}")).containsExactly("stale-token");
    assertThat(postTokens(500, "token")).containsExactly("stale-token");
    assertThat(postTokens(404, "token")).containsExactly("stale-token");
    assertThat(postTokens(400, "captcha token")).containsExactly("stale-token");
    assertThat(postTokens(200, "{\"error\":true,\"message\":\"reCAPTCHA token needed\",\"body\":[]}"))
        .containsExactly("stale-token");
  }

  private static Request post(HttpUrl url) {
    return new Request.Builder().url(url).post(RequestBody.create(MediaType.get("text/plain"), "w")).build();
  }

  @Test
  void aWriteRepeatedAsItselfGoesThrough() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(408)); // OkHttp repeats the same POST
      server.enqueue(new MockResponse().setBody("done"));
      server.start();
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new RedirectedWriteInterceptor(server.url("/"))).build();
      try (Response r = client.newCall(post(server.url("/w"))).execute()) {
        assertThat(r.body().string()).isEqualTo("done");
      }
      server.takeRequest();
      assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    }
  }

  @Test
  void aWriteTurnedIntoAGetFailsAndReleasesItsConnection() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/w2"));
      server.enqueue(new MockResponse().setBody("page"));
      server.enqueue(new MockResponse().setBody("next"));
      server.start();
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new RedirectedWriteInterceptor(server.url("/"))).build();
      assertThatThrownBy(() -> client.newCall(post(server.url("/w"))).execute())
          .isInstanceOfSatisfying(WrappedPixivException.class, e -> assertThat(e.pixivException())
              .hasMessage("POST /w: redirected (HTTP 302) and turned into a GET; the write was not made"));
      try (Response r = client.newCall(new Request.Builder().url(server.url("/next")).build()).execute()) {
        assertThat(r.body().string()).isEqualTo("next");
      }
      server.takeRequest();
      server.takeRequest();
      assertThat(server.takeRequest().getSequenceNumber()).isEqualTo(2); // same connection: the failed one was closed
    }
  }

  @Test
  void bodiesOfExactlyTheLimitAreRead() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setChunkedBody("0123456789", 3).setHeader("Content-Type", "text/x-test"));
      server.enqueue(new MockResponse().setChunkedBody("0123456789A", 3));
      server.start();
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new ResponseSizeInterceptor(server.url("/"), 10)).build();
      try (Response r = client.newCall(new Request.Builder().url(server.url("/a")).build()).execute()) {
        assertThat(r.body().contentType()).isEqualTo(MediaType.get("text/x-test"));
        assertThat(r.body().string()).isEqualTo("0123456789");
      }
      try (Response r = client.newCall(new Request.Builder().url(server.url("/b")).build()).execute()) {
        assertThatThrownBy(() -> r.body().string())
            .isInstanceOf(ResponseSizeInterceptor.TooLarge.class)
            .hasMessage("the response is larger than the maximum of 10 bytes");
      }
    }
  }

  @Test
  void closingALimitedBodyUnreadReleasesItsConnection() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("0123456789"));
      server.enqueue(new MockResponse().setBody("ok"));
      server.start();
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new ResponseSizeInterceptor(server.url("/"), 100)).build();
      client.newCall(new Request.Builder().url(server.url("/a")).build()).execute().close();
      try (Response r = client.newCall(new Request.Builder().url(server.url("/b")).build()).execute()) {
        assertThat(r.body().string()).isEqualTo("ok");
      }
      server.takeRequest();
      assertThat(server.takeRequest().getSequenceNumber()).isEqualTo(1);
    }
  }

  @Test
  void declaredLengthsUpToTheLimitAreReadAndLongerOnesRefusedAtOnce() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("0123456789"));
      server.enqueue(new MockResponse().setBody("0123456789A"));
      server.enqueue(new MockResponse().setBody("ok"));
      server.start();
      OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new ResponseSizeInterceptor(server.url("/"), 10)).build();
      try (Response r = client.newCall(new Request.Builder().url(server.url("/a")).build()).execute()) {
        assertThat(r.body().contentLength()).isEqualTo(10);
        assertThat(r.body().string()).isEqualTo("0123456789");
      }
      assertThatThrownBy(() -> client.newCall(new Request.Builder().url(server.url("/b")).build()).execute())
          .isInstanceOfSatisfying(ResponseSizeInterceptor.TooLarge.class, e -> {
            assertThat(e).hasMessage("the response is larger than the maximum of 10 bytes (Content-Length 11)");
            assertThat(e.limit()).isEqualTo(10);
          });
      try (Response r = client.newCall(new Request.Builder().url(server.url("/c")).build()).execute()) {
        assertThat(r.body().string()).isEqualTo("ok");
      }
      server.takeRequest();
      server.takeRequest();
      assertThat(server.takeRequest().getSequenceNumber()).isEqualTo(2); // the refused answer was closed
    }
  }

}
