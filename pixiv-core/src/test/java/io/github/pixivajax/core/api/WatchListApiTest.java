package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.model.WriteResult;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class WatchListApiTest extends MockPixivTest {
  private WatchListApi api() {
    return client.watchList();
  }

  private void enqueueWatch() {
    enqueueJson(Fixtures.resource("pixiv/follow/watch.json"));
  }

  private static void assertJsonPost(RecordedRequest r, String path) {
    assertRequest(r, "POST", path, Map.of(), "https://www.pixiv.net/");
    assertThat(r.getHeader("x-csrf-token")).isEqualTo(CSRF);
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{}");
  }

  @Test
  void watchAndUnwatchPostAnEmptyJsonObjectPerKind() throws Exception {
    enqueueWatch();
    WriteResult r = api().watch(SeriesKind.ILLUST, 10_473).blockingGet();
    assertJsonPost(takeRequest(), "/ajax/illust/series/10473/watch");
    assertThat(r.other()).isEmpty();

    enqueueWatch();
    api().unwatch(SeriesKind.NOVEL, 1_234_567).blockingGet();
    assertJsonPost(takeRequest(), "/ajax/novel/series/1234567/unwatch");
  }

  @Test
  void notificationsTurnOnAndOff() throws Exception {
    enqueueWatch();
    api().notifications(SeriesKind.ILLUST, 10_473, true).blockingGet();
    assertJsonPost(takeRequest(), "/ajax/illust/series/10473/watchlist/notification/turn_on");

    enqueueWatch();
    api().notifications(SeriesKind.NOVEL, 88, false).blockingGet();
    assertJsonPost(takeRequest(), "/ajax/novel/series/88/watchlist/notification/turn_off");
  }

  @Test
  void aDeletedSeriesIsNotFoundEvenWithHttp200() {
    enqueueJson(Fixtures.resource("pixiv/follow/errors/watch-not-found.json"));
    Throwable t = catchThrowable(() -> api().watch(SeriesKind.ILLUST, 42).blockingGet());

    assertThat(t).isInstanceOf(PixivNotFoundException.class);
    assertThat(((PixivApiException) t).endpoint()).isEqualTo("POST /ajax/illust/series/42/watch");
  }

  @Test
  void writesCountTowardsTheRateLimit() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0")
        .setBody("{\"error\":true,\"message\":\"Rate limit\",\"body\":[]}"));
    assertThatThrownBy(() -> api().watch(SeriesKind.ILLUST, 42).blockingGet()).isInstanceOf(PixivRateLimitException.class);
  }

  @Test
  void invalidSeriesIdsFailBeforeAnyRequest() {
    assertThatThrownBy(() -> api().watch(SeriesKind.ILLUST, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> api().notifications(SeriesKind.NOVEL, -3, true)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
