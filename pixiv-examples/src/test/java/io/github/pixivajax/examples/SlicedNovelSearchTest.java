package io.github.pixivajax.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.rx.Cursor;
import io.github.pixivajax.rx.Page;
import io.github.pixivajax.rx.Paged;
import io.github.pixivajax.rx.RxPixiv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Novel search past the page cap, end to end: the fake capped at one page of 30 (its standalone
 * novels are an hour apart, 24 a day, so every slice ends inside a day) against the same fake uncapped.
 */
class SlicedNovelSearchTest {
  private static final int CAP = 1;
  private static final NovelSearchQuery QUERY = NovelSearchQuery.of("物語");
  private static FakePixiv capped;
  private static FakePixiv uncapped;
  private static PixivClient cappedClient;
  private static PixivClient uncappedClient;

  @BeforeAll
  static void start() {
    capped = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).searchPageCap(CAP).build());
    uncapped = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
    cappedClient = PixivClient.builder().rateLimit(0).baseUrl(capped.baseUrl()).build();
    uncappedClient = PixivClient.builder().rateLimit(0).baseUrl(uncapped.baseUrl()).build();
  }

  @AfterAll
  static void stop() {
    cappedClient.close();
    uncappedClient.close();
    capped.close();
    uncapped.close();
  }

  private static List<String> ids(Paged<NovelThumbnail> paged) {
    return paged.items().map(NovelThumbnail::id).toList().blockingGet();
  }

  @Test
  void everyNovelArrivesOnceInOrderAcrossSlices() {
    List<String> all = ids(RxPixiv.create(uncappedClient).novels().search(QUERY));
    assertThat(all).as("matches beyond the cap").hasSizeGreaterThan(2 * 30).doesNotHaveDuplicates();
    assertThat(ids(RxPixiv.create(cappedClient).novels().search(QUERY))).as("the plain stream stops at the cap").hasSize(30);

    int before = capped.requestCount();
    List<String> sliced = ids(RxPixiv.create(cappedClient).novels().slicedSearch(QUERY));
    assertThat(sliced).doesNotHaveDuplicates().isEqualTo(all);
    assertThat(capped.requestCount() - before).as("one request per slice").isGreaterThanOrEqualTo(3);
  }

  @Test
  void oldestFirstSlicesForwardByScd() {
    NovelSearchQuery oldest = QUERY.toBuilder().order(SearchOrder.DATE).build();
    List<String> all = ids(RxPixiv.create(uncappedClient).novels().search(oldest));
    assertThat(all).hasSizeGreaterThan(2 * 30);
    assertThat(ids(RxPixiv.create(cappedClient).novels().slicedSearch(oldest))).isEqualTo(all);
  }

  @Test
  void aCursorTakenInsideALaterSliceResumes() {
    List<String> all = ids(RxPixiv.create(uncappedClient).novels().search(QUERY));
    List<String> head = new ArrayList<>();
    Cursor<NovelThumbnail> cursor = null;
    for (Page<NovelThumbnail> page : RxPixiv.create(cappedClient).novels().slicedSearch(QUERY).pages().blockingIterable()) {
      page.items().forEach(n -> head.add(n.id()));
      cursor = page.cursor();
      if (page.cursor().position().contains("day=")) {
        break;
      }
    }
    assertThat(cursor).isNotNull();
    assertThat(cursor.position()).contains("after=");
    List<String> whole = new ArrayList<>(head);
    RxPixiv.create(cappedClient).resume(Cursor.decode(cursor.encode())).items()
        .blockingForEach(n -> whole.add(((NovelThumbnail) n).id()));
    assertThat(whole).isEqualTo(all);
  }

  @Test
  void popularityOrdersAreRefusedBeforeAnyRequest() {
    int before = capped.requestCount();
    assertThatThrownBy(() -> RxPixiv.create(cappedClient).novels()
        .slicedSearch(QUERY.toBuilder().order(SearchOrder.POPULAR_DESC).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("popular_d");
    assertThat(capped.requestCount()).isEqualTo(before);
  }
}
