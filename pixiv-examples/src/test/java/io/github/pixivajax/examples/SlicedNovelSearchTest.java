package io.github.pixivajax.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.model.NovelThumbnail;
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
  private static CappedAndUncapped fakes;

  @BeforeAll
  static void start() {
    fakes = new CappedAndUncapped(CAP);
  }

  @AfterAll
  static void stop() {
    fakes.close();
  }

  private static List<String> ids(Paged<NovelThumbnail> paged) {
    return paged.items().map(NovelThumbnail::id).toList().blockingGet();
  }

  @Test
  void everyNovelArrivesOnceInOrderAcrossSlices() {
    List<String> all = ids(RxPixiv.create(fakes.uncappedClient).novels().search(QUERY));
    assertThat(all).as("matches beyond the cap").hasSizeGreaterThan(2 * 30).doesNotHaveDuplicates();
    assertThat(ids(RxPixiv.create(fakes.cappedClient).novels().search(QUERY))).as("the plain stream stops at the cap").hasSize(30);

    int before = fakes.capped.requestCount();
    List<String> sliced = ids(RxPixiv.create(fakes.cappedClient).novels().slicedSearch(QUERY));
    assertThat(sliced).doesNotHaveDuplicates().isEqualTo(all);
    assertThat(fakes.capped.requestCount() - before).as("one request per slice").isGreaterThanOrEqualTo(3);
  }

  @Test
  void oldestFirstSlicesForwardByScd() {
    NovelSearchQuery oldest = QUERY.toBuilder().order(SearchOrder.DATE).build();
    List<String> all = ids(RxPixiv.create(fakes.uncappedClient).novels().search(oldest));
    assertThat(all).hasSizeGreaterThan(2 * 30);
    assertThat(ids(RxPixiv.create(fakes.cappedClient).novels().slicedSearch(oldest))).isEqualTo(all);
  }

  @Test
  void aCursorTakenInsideALaterSliceResumes() {
    List<String> all = ids(RxPixiv.create(fakes.uncappedClient).novels().search(QUERY));
    List<String> head = new ArrayList<>();
    Cursor<NovelThumbnail> cursor = null;
    for (Page<NovelThumbnail> page : RxPixiv.create(fakes.cappedClient).novels().slicedSearch(QUERY).pages().blockingIterable()) {
      page.items().forEach(n -> head.add(n.id()));
      cursor = page.cursor();
      if (page.cursor().position().contains("day=")) {
        break;
      }
    }
    assertThat(cursor).isNotNull();
    assertThat(cursor.position()).contains("after=");
    List<String> whole = new ArrayList<>(head);
    RxPixiv.create(fakes.cappedClient).resume(Cursor.decode(cursor.encode())).items()
        .blockingForEach(n -> whole.add(((NovelThumbnail) n).id()));
    assertThat(whole).isEqualTo(all);
  }

  @Test
  void popularityOrdersAreRefusedBeforeAnyRequest() {
    int before = fakes.capped.requestCount();
    assertThatThrownBy(() -> RxPixiv.create(fakes.cappedClient).novels()
        .slicedSearch(QUERY.toBuilder().order(SearchOrder.POPULAR_DESC).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("popular_d");
    assertThat(fakes.capped.requestCount()).isEqualTo(before);
  }
}
