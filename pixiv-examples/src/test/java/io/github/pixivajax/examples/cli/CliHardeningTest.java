package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CLI against hostile loopback servers and hostile input: one line, the right exit code. */
class CliHardeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  /** A loopback server answering each path (without query) with its handler. */
  String serve(Map<String, Consumer<HttpExchange>> routes) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      Consumer<HttpExchange> h = routes.get(ex.getRequestURI().getPath());
      try {
        if (h == null) {
          send(ex, 404, "{\"error\":true,\"message\":\"not found\",\"body\":[]}");
        } else {
          h.accept(ex);
        }
      } finally {
        ex.close();
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "hostile-server");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    servers.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  static void send(HttpExchange ex, int status, String body) {
    try {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
      ex.sendResponseHeaders(status, b.length);
      ex.getResponseBody().write(b);
    } catch (IOException e) {
      // the client went away
    }
  }

  @Test
  void nonAsciiSessionIsOneUsageLineThatDoesNotEchoIt() throws Exception {
    String base = serve(Map.of());
    for (String session : new String[] {"PHPSESSID=12345_AbC\u2026Zz", "PHPSESSID=12345_Ab\u00e4Zz; p=1"}) {
      CliRun r = CliRun.of("--base-url", base, "--session", session, "--rate", "0", "illust", "info", "5");
      assertThat(r.code()).as(r.err()).isEqualTo(Cli.USAGE);
      assertThat(r.errLines()).hasSize(1);
      assertThat(r.err()).doesNotContain("12345_Ab").containsAnyOf("phpSessId", "cookieHeader");
    }
  }

  @Test
  void likeRedirectedToAnotherHostFailsWithoutSendingTheToken() throws Exception {
    List<String> tokensElsewhere = new CopyOnWriteArrayList<>();
    String elsewhere = serve(Map.of("/landing", ex -> {
      tokensElsewhere.add(String.valueOf(ex.getRequestHeaders().getFirst("x-csrf-token")));
      send(ex, 200, "{\"error\":false,\"body\":{\"is_liked\":true}}");
    }));
    String state = "{\\\"api\\\":{\\\"token\\\":\\\"0123456789abcdef0123456789abcdef\\\"},\\\"userData\\\":{\\\"self\\\":{\\\"id\\\":\\\"1\\\"}}}";
    String base = serve(Map.of(
        "/", ex -> send(ex, 200, "<html><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":"
            + "{\"serverSerializedPreloadedState\":\"" + state + "\"}}}</script></html>"),
        "/ajax/illusts/like", ex -> {
          try {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Location", elsewhere + "landing");
            ex.sendResponseHeaders(302, -1);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }));
    CliRun r = CliRun.of("--base-url", base, "--session", "1_SessionValueForRedirects0123", "--rate", "0", "like", "5");
    assertThat(r.code()).as(r.err()).isEqualTo(Cli.FAILED);
    assertThat(r.err()).contains("redirected").contains("not made");
    assertThat(tokensElsewhere).containsExactly("null");
  }

  @Test
  void tricklingServerEndsWithExitOneAndOneLineAboutTheTimeout() throws Exception {
    String base = serve(Map.of("/ajax/illust/5", ex -> {
      try {
        ex.sendResponseHeaders(200, 0);
        OutputStream body = ex.getResponseBody();
        for (int i = 0; i < 100; i++) {
          body.write(' ');
          body.flush();
          Thread.sleep(100);
        }
      } catch (IOException | InterruptedException e) {
        // cut off by the client, as it should be
      }
    }));
    CliRun r = CliRun.of("--base-url", base, "--rate", "0", "--timeout", "1", "illust", "info", "5");
    assertThat(r.code()).as(r.err()).isEqualTo(Cli.FAILED);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("GET /ajax/illust/5").contains("--timeout");
  }

  @Test
  void retryAfterBeyondTheMaxPauseExitsFiveSayingHowLong() throws Exception {
    String base = serve(Map.of("/ajax/illust/5", ex -> {
      ex.getResponseHeaders().set("Retry-After", "99999999999");
      send(ex, 429, "{\"error\":true,\"message\":\"\",\"body\":[]}");
    }));
    CliRun r = CliRun.of("--base-url", base, "--rate", "0", "illust", "info", "5");
    assertThat(r.code()).as(r.err()).isEqualTo(Cli.RATE_LIMITED);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("pixiv asked to wait 1157407 days").contains("maximum pause of 15 min");
  }

  @Test
  void lastIdBeyondIntIsServerDataNotAUsageError() throws Exception {
    Map<String, Integer> calls = new ConcurrentHashMap<>();
    String base = serve(Map.of("/ajax/illust/new", ex -> {
      String q = ex.getRequestURI().getQuery();
      calls.merge(q.contains("lastId=3000000000") ? "second" : "first", 1, Integer::sum);
      send(ex, 200, q.contains("lastId=3000000000")
          ? "{\"error\":false,\"body\":{\"illusts\":[],\"lastId\":\"3000000000\"}}"
          : "{\"error\":false,\"body\":{\"illusts\":[{\"id\":\"3000000001\",\"title\":\"t\"}],\"lastId\":\"3000000000\"}}");
    }));
    CliRun r = CliRun.of("--base-url", base, "--rate", "0", "--format", "jsonl", "feed", "new-illusts", "--limit", "5");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3000000001");
    assertThat(calls).containsEntry("second", 1);
  }

  @Test
  void badOptionValueIsOneLineWithoutJavaExceptionNames() {
    CliRun r = CliRun.of("--demo", "--rate", "0", "search", "artworks", "x", "--scd", "2024-13-45");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("--scd").contains("--help").doesNotContain("java.").doesNotContain("Exception");
    CliRun unknown = CliRun.of("--demo", "ranking", "--nope");
    assertThat(unknown.code()).isEqualTo(Cli.USAGE);
    assertThat(unknown.errLines()).hasSize(1);
    assertThat(unknown.err()).contains("--nope").contains("pixiv ranking --help");
  }

  @Test
  void helpWorksOnEveryCommandEvenWithRequiredArgumentsMissing() {
    for (String[] args : new String[][] {{"user", "works", "--help"}, {"bench", "--help"}, {"illust", "info", "--help"},
        {"bookmark", "add", "--help"}, {"demo-server", "--help"}, {"feed", "--help"}}) {
      CliRun r = CliRun.of(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
      assertThat(r.out()).as(String.join(" ", args)).contains("Usage:");
    }
  }

  @Test
  void jsonFormatStreamsTheArrayAndClosesItWhenStopped() throws Exception {
    StringWriter text = new StringWriter();
    Output out = new Output(new PrintWriter(text), Output.Format.json);
    out.item(Map.of("id", "1"));
    assertThat(text.toString()).as("printed as it arrives").contains("\"id\" : \"1\"");
    out.item(Map.of("id", "2"));
    out.end(); // Ctrl-C's hook
    out.end(); // the main thread, later
    out.item(Map.of("id", "3"));
    JsonNode array = JSON.readTree(text.toString());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(2);
    CliRun r = CliRun.of("--demo", "--rate", "0", "--format", "json", "ranking", "--limit", "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).size()).isEqualTo(3);
  }

  record Item(String id, String title) {}

  @Test
  void jsonlWritesEachItemAsOneLineTheMomentItArrives() {
    StringWriter text = new StringWriter();
    Output out = new Output(new PrintWriter(text), Output.Format.jsonl);
    out.item(new Item("1", "原神"));
    assertThat(text.toString()).as("flushed with the item, before the stream ends")
        .isEqualTo("{\"id\":\"1\",\"title\":\"原神\"}\n");
    out.item(List.of(1, 2));
    out.item("three");
    out.end();
    assertThat(text.toString()).isEqualTo("{\"id\":\"1\",\"title\":\"原神\"}\n[1,2]\n\"three\"\n");
  }

  @Test
  void tableAlignsJapaneseByDisplayWidth() {
    StringWriter text = new StringWriter();
    Output out = new Output(new PrintWriter(text), Output.Format.table);
    out.item(Map.of("id", "1", "title", "原神の風景とても長いタイトルです、原神の風景とても長いタイトルです", "userName", "アリス"));
    out.item(Map.of("id", "2", "title", "short", "userName", "bob"));
    out.item(Map.of("id", "3", "title", "ｆｕｌｌｗｉｄｔｈ", "userName", "carol"));
    List<String> lines = List.of(text.toString().strip().split("\n"));
    assertThat(lines).hasSize(4);
    int column = Output.displayWidth(lines.get(0).substring(0, lines.get(0).indexOf("USERNAME")));
    for (String line : lines.subList(1, 4)) {
      String name = line.contains("アリス") ? "アリス" : line.contains("bob") ? "bob" : "carol";
      assertThat(Output.displayWidth(line.substring(0, line.indexOf(name)))).as(line).isEqualTo(column);
    }
  }
}
