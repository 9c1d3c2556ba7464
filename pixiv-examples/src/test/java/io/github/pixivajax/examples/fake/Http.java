package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A plain {@link HttpClient} against the fake: no part of the client library is involved. */
final class Http {
  static final String DEMO_COOKIE = "PHPSESSID=" + FakePixiv.DEMO_SESSION;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  Http(FakePixiv fake) {
    this.base = fake.baseUrl();
  }

  /** A response: status, headers and the body as text and (when it is JSON) as a tree. */
  record Response(int status, HttpResponse<String> raw) {
    String text() {
      return raw.body();
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The envelope's {@code body}. */
    JsonNode body() {
      return json().get("body");
    }

    @Nullable String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Response get(String path) {
    return get(path, null);
  }

  /** GET as the demo account. */
  Response login(String path) {
    return get(path, DEMO_COOKIE);
  }

  Response get(String path, @Nullable String cookie) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return send(b.GET().build());
  }

  Response post(String path, @Nullable String cookie, @Nullable String token, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", contentType);
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (token != null) {
      b.header("x-csrf-token", token);
    }
    return send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
