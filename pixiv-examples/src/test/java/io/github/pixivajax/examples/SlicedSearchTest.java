package io.github.pixivajax.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.model.ArtworkThumbnail;
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
 * Search past the page cap, end to end: the same synthetic pixiv twice, once capped at 5 pages of 60
 * and once at pixiv's 1000; the sliced search of the capped one must give exactly the uncapped
 * search's works, once each, in order.
 */
class SlicedSearchTest {
  private static final int CAP = 5;
  private static final SearchQuery QUERY = SearchQuery.of("原神 OR オリジナル");
  private static CappedAndUncapped fakes;

  @BeforeAll
  static void start() {
    fakes = new CappedAndUncapped(CAP);
  }

  @AfterAll
  static void stop() {
    fakes.close();
  }

  private static List<String> ids(Paged<ArtworkThumbnail> paged) {
    return paged.items().map(ArtworkThumbnail::id).toList().blockingGet();
  }

  @Test
  void everyWorkArrivesOnceInOrderAcrossSlices() {
    List<String> all = ids(RxPixiv.create(fakes.uncappedClient).search().artworks(QUERY));
    assertThat(all).as("matches beyond the cap").hasSizeGreaterThan(5_000).doesNotHaveDuplicates();
    int before = fakes.capped.requestCount();
    assertThat(ids(RxPixiv.create(fakes.cappedClient).search().artworks(QUERY))).as("the plain stream stops at the cap")
        .hasSize(CAP * 60);
    assertThat(fakes.capped.requestCount() - before).isEqualTo(CAP);

    List<String> sliced = ids(RxPixiv.create(fakes.cappedClient).search().slicedArtworks(QUERY));
    assertThat(sliced).doesNotHaveDuplicates().isEqualTo(all);
  }

  @Test
  void oldestFirstSlicesForwardByScd() {
    SearchQuery oldest = QUERY.toBuilder().order(SearchOrder.DATE).build();
    List<String> all = ids(RxPixiv.create(fakes.uncappedClient).search().manga(oldest));
    List<String> sliced = ids(RxPixiv.create(fakes.cappedClient).search().slicedManga(oldest));
    assertThat(all).hasSizeGreaterThan(CAP * 60);
    assertThat(sliced).isEqualTo(all);
  }

  @Test
  void aCursorTakenInsideALaterSliceResumesExactly() {
    List<String> all = ids(RxPixiv.create(fakes.uncappedClient).search().illustrations(QUERY));
    Paged<ArtworkThumbnail> paged = RxPixiv.create(fakes.cappedClient).search().slicedIllustrations(QUERY);
    List<String> head = new ArrayList<>();
    Cursor<ArtworkThumbnail> cursor = null;
    for (Page<ArtworkThumbnail> page : paged.pages().blockingIterable()) {
      page.items().forEach(w -> head.add(w.id()));
      cursor = page.cursor();
      // The third page of the third slice: inside a slice whose date window was narrowed twice.
      if (page.cursor().position().startsWith("p=4;day=") && head.size() > 2 * CAP * 60) {
        break;
      }
    }
    assertThat(cursor).isNotNull();
    assertThat(cursor.position()).contains("day=").contains("after=");
    Cursor<?> saved = Cursor.decode(cursor.encode());
    List<String> rest = new ArrayList<>();
    RxPixiv.create(fakes.cappedClient).resume(saved).items().blockingForEach(w -> rest.add(((ArtworkThumbnail) w).id()));
    List<String> whole = new ArrayList<>(head);
    whole.addAll(rest);
    assertThat(whole).isEqualTo(all);
  }

  @Test
  void popularityOrdersAreRefusedBeforeAnyRequest() {
    int before = fakes.capped.requestCount();
    assertThatThrownBy(() -> RxPixiv.create(fakes.cappedClient).search()
        .slicedArtworks(QUERY.toBuilder().order(SearchOrder.POPULAR_DESC).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order").hasMessageContaining("popular_d");
    assertThat(fakes.capped.requestCount()).isEqualTo(before);
  }
}
