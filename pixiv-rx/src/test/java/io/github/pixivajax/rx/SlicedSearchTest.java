package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The sliced searches against MockWebServer pages of a capped search (2 pages of 60, 1 000 matches),
 * where every work carries the same day: the window narrows to that day once, then cannot narrow further.
 * (pixiv-examples' SlicedSearchTest runs the slicing end to end against the fake pixiv.)
 */
class SlicedSearchTest extends RxTestSupport {
  private final List<String> queries = new CopyOnWriteArrayList<>();

  private void serveOneDayOfWorks() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        queries.add(request.getRequestUrl().query());
        int p = Integer.parseInt(request.getRequestUrl().queryParameter("p"));
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          ids.add(900_000 - (p - 1) * 60 - i);
        }
        return new MockResponse().setBody("{\"error\":false,\"body\":{\"illustManga\":{\"data\":" + FakeFeeds.thumbs(ids)
            + ",\"total\":1000,\"lastPage\":2}}}");
      }
    });
  }

  @Test
  void narrowsToTheLastWorksDayFromPageOneThenFailsClearlyWhenOneDayExceedsTheCap() {
    serveOneDayOfWorks();
    TestSubscriber<ArtworkThumbnail> sub = rx.search().slicedArtworks(SearchQuery.of("原神")).items().test(0);
    assertThat(server.getRequestCount()).isZero();
    sub.request(1);
    sub.awaitCount(1);
    assertThat(server.getRequestCount()).as("one page per demand").isEqualTo(1);
    sub.request(Long.MAX_VALUE);
    sub.awaitDone(10, java.util.concurrent.TimeUnit.SECONDS);

    sub.assertError(e -> e instanceof IllegalStateException
        && e.getMessage().contains("2022-08-11") && e.getMessage().contains("finer than a day"));
    // Two pages of the first slice, then p=1 again with ecd = the last work's day; its works were all
    // emitted already (same day, not older than the last one), so nothing repeats.
    assertThat(queries).hasSize(4);
    assertThat(queries.get(2)).contains("ecd=2022-08-11").contains("p=1");
    assertThat(sub.values()).extracting(ArtworkThumbnail::id).hasSize(120).doesNotHaveDuplicates();
  }
}
