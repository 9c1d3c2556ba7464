package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Novel search pages that lack {@code lastPage}, and capped novel searches sliced by date. */
class NovelSearchPagingTest extends RxTestSupport {
  private static String novels(int from, int count, String createDate) {
    return java.util.stream.IntStream.range(from, from + count)
        .mapToObj(id -> "{\"id\":\"" + id + "\",\"title\":\"n\",\"userId\":\"1\",\"tags\":[],\"createDate\":\"" + createDate + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private void page(String word, int p, String body) {
    feeds.fault(s -> s.startsWith("/ajax/search/novels/" + word + "?") && s.matches(".*[?&]p=" + p + "(&.*)?"),
        FakeFeeds.envelope("{\"novel\":" + body + "}"));
  }

  private List<String> ids(Paged<NovelThumbnail> paged) {
    return paged.items().map(NovelThumbnail::id).test().awaitDone(5, TimeUnit.SECONDS).assertComplete().values();
  }

  @Test
  void withoutLastPageTheSearchEndsOnThePageThatReachesTheTotal() {
    page("nolast", 1, "{\"data\":" + novels(100, 30, "2024-05-01T10:00:00+09:00") + ",\"total\":60}");
    page("nolast", 2, "{\"data\":" + novels(200, 30, "2024-05-01T10:00:00+09:00") + ",\"total\":60}");
    assertThat(ids(rx.novels().search(NovelSearchQuery.of("nolast")))).hasSize(60);
    assertThat(feeds.count("/ajax/search/novels/nolast")).isEqualTo(2);
  }

  @Test
  void withoutLastPageOrTotalTheSearchGoesOnToTheNextPage() {
    page("nototal", 1, "{\"data\":" + novels(100, 2, "2024-05-01T10:00:00+09:00") + ",\"total\":0}");
    page("nototal", 2, "{\"data\":" + novels(200, 1, "2024-05-01T10:00:00+09:00") + ",\"total\":0,\"lastPage\":2}");
    assertThat(ids(rx.novels().search(NovelSearchQuery.of("nototal")))).containsExactly("100", "101", "200");
    assertThat(feeds.count("/ajax/search/novels/nototal")).isEqualTo(2);
  }

  @Test
  void aCappedOldestFirstSearchContinuesFromTheLastDayAsItsStart() {
    page("oldest", 1, "{\"data\":" + novels(100, 2, "2024-05-01T10:00:00+09:00") + ",\"total\":100,\"lastPage\":1}");
    feeds.fault(s -> s.startsWith("/ajax/search/novels/oldest?") && s.contains("scd=2024-05-01"),
        FakeFeeds.envelope("{\"novel\":{\"data\":" + novels(300, 1, "2024-05-02T10:00:00+09:00") + ",\"total\":1,\"lastPage\":1}}"));
    List<String> got = ids(rx.novels().slicedSearch(NovelSearchQuery.builder("oldest").order(SearchOrder.DATE).build()));
    assertThat(got).containsExactly("100", "101", "300");
    assertThat(feeds.paths.get(1)).contains("scd=2024-05-01").doesNotContain("ecd=");
  }

  @Test
  void aCappedNewestFirstSearchContinuesFromTheLastDayAsItsEnd() {
    page("newest", 1, "{\"data\":" + novels(100, 2, "2024-05-03T10:00:00+09:00") + ",\"total\":100,\"lastPage\":1}");
    feeds.fault(s -> s.startsWith("/ajax/search/novels/newest?") && s.contains("ecd=2024-05-03"),
        FakeFeeds.envelope("{\"novel\":{\"data\":" + novels(50, 1, "2024-05-02T10:00:00+09:00") + ",\"total\":1,\"lastPage\":1}}"));
    List<String> got = ids(rx.novels().slicedSearch(NovelSearchQuery.of("newest")));
    assertThat(got).containsExactly("100", "101", "50");
    assertThat(feeds.paths.get(1)).contains("ecd=2024-05-03").doesNotContain("scd=");
  }
}
