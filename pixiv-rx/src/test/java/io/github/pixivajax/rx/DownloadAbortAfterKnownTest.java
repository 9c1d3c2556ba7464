package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.RequestLimiter;
import io.reactivex.rxjava3.core.Flowable;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "New since last run": the stream of ids stops after N works in a row that the archive already holds. */
class DownloadAbortAfterKnownTest {
  @TempDir Path dir;
  MockWebServer server;
  PixivClient client;
  RxPixiv rx;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        Matcher m = DownloadStreamsTest.ILLUST.matcher(r.getPath());
        if (m.matches()) {
          String url = "https://i.pximg.net/img-original/" + DownloadStreamsTest.DATE + m.group(1) + "_p0.png";
          return new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"" + m.group(1) + "\",\"title\":\"t\","
              + "\"illustType\":0,\"userId\":\"9\",\"pageCount\":1,\"urls\":{\"original\":\"" + url + "\"}}}");
        }
        if (r.getPath().startsWith("/img-original/")) {
          return new MockResponse().setBody(new Buffer().write(new byte[100]));
        }
        return new MockResponse().setResponseCode(404);
      }
    });
    server.start();
    client = PixivClient.builder().baseUrl(server.url("/").toString()).imageBaseUrl(server.url("/").toString())
        .requestLimiter(RequestLimiter.unlimited()).build();
    rx = RxPixiv.create(client);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private List<String> outcomes(DownloadOptions options, String... ids) {
    return rx.downloads().ids(Flowable.fromArray(ids), options)
        .filter(DownloadEvent::isOutcome).map(DownloadEvent::workId).toList().blockingGet();
  }

  @Test
  void stopsAfterTheNthKnownWorkInARowAndAnUnknownOneResetsTheCount() {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("archive.db"))) {
      DownloadOptions.Builder b = DownloadOptions.builder().directory(dir).parallelism(1).archive(archive);
      assertThat(outcomes(b.build(), "1", "2", "3")).containsExactly("1", "2", "3");
      assertThat(outcomes(b.abortAfterKnown(2).build(), "1", "5", "2", "3", "6", "7")).containsExactly("1", "5", "2", "3");
      assertThat(outcomes(b.abortAfterKnown(0).build(), "1", "2", "3", "8")).containsExactly("1", "2", "3", "8");
    }
  }

  @Test
  void withoutAnArchiveNothingIsKnownSoNothingStops() {
    DownloadOptions options = DownloadOptions.builder().directory(dir).parallelism(1).abortAfterKnown(1).build();
    assertThat(outcomes(options, "1", "2", "3")).containsExactly("1", "2", "3");
    assertThat(outcomes(options, "1", "2", "4")).containsExactly("1", "2", "4");
  }
}
