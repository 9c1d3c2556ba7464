package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.PixivSuspectedThrottleException;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.model.search.SearchPage;
import io.github.pixivajax.rx.internal.DateSlices.Key;
import io.github.pixivajax.rx.internal.DateSlices.Slice;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.reactivex.rxjava3.core.Single;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The date slicing of a capped search, one step at a time, without a server. */
class DateSlicesTest {
  record Work(String id, @Nullable OffsetDateTime at) {}

  private static Work work(String id, String at) {
    return new Work(id, OffsetDateTime.parse(at));
  }

  /** Answers pages by {@code "p:day"} and records what was asked. */
  private static final class Pages implements DateSlices.Search<Work> {
    final Map<String, SearchPage<Work>> pages = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    Pages page(int p, @Nullable LocalDate day, SearchPage<Work> page) {
      pages.put(p + ":" + day, page);
      return this;
    }

    @Override
    public Single<SearchPage<Work>> page(int p, @Nullable LocalDate day) {
      asked.add(p + ":" + day);
      return Single.just(pages.get(p + ":" + day));
    }
  }

  private static SearchPage<Work> page(int total, @Nullable Integer lastPage, Work... works) {
    return new SearchPage<>(List.of(works), total, lastPage, List.of());
  }

  private static Step<Work> step(boolean newestFirst, Pages pages, String position) {
    return DateSlices.resource(newestFirst, 2, pages, Work::id, Work::at, "/ajax/search/artworks/x")
        .fetch(position).blockingGet();
  }

  @Test
  void onlyDateOrdersCanBeSliced() {
    assertThat(DateSlices.newestFirst(null)).isTrue();
    assertThat(DateSlices.newestFirst(SearchOrder.DATE_DESC)).isTrue();
    assertThat(DateSlices.newestFirst(SearchOrder.DATE)).isFalse();
    assertThatThrownBy(() -> DateSlices.newestFirst(SearchOrder.POPULAR_DESC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("popular_d");
  }

  @Test
  void withoutLastPageTheTotalTellsWhereTheSliceEnds() {
    Pages pages = new Pages()
        .page(1, null, page(4, null, work("9", "2024-05-03T10:00:00+09:00"), work("8", "2024-05-03T09:00:00+09:00")))
        .page(2, null, page(4, null, work("7", "2024-05-02T10:00:00+09:00"), work("6", "2024-05-02T09:00:00+09:00")));
    Step<Work> first = step(true, pages, "p=1");
    assertThat(first.next()).isEqualTo("p=2");
    assertThat(first.total()).isEqualTo(4);
    Step<Work> second = step(true, pages, "p=2");
    assertThat(second.items()).extracting(Work::id).containsExactly("7", "6");
    assertThat(second.next()).isNull();
  }

  @Test
  void anEmptyFirstPageEndsTheSearchButAnEmptyLaterPageIsSuspectedThrottling() {
    Pages pages = new Pages().page(1, null, page(100, null)).page(3, null, page(100, null));
    Step<Work> first = step(true, pages, "p=1");
    assertThat(first.items()).isEmpty();
    assertThat(first.next()).isNull();
    assertThatThrownBy(() -> step(true, pages, "p=3")).isInstanceOf(PixivSuspectedThrottleException.class);
  }

  @Test
  void aCappedSearchContinuesFromTheLastDaySkippingWhatWasSeen() {
    Pages pages = new Pages()
        .page(2, null, page(10, 2, work("9", "2024-05-03T10:00:00+09:00"), work("8", "2024-05-02T12:00:00+09:00")))
        .page(1, LocalDate.of(2024, 5, 2), page(6, 3,
            work("8", "2024-05-02T12:00:00+09:00"), work("7", "2024-05-02T12:00:00+09:00"),
            work("10", "2024-05-02T13:00:00+09:00")))
        .page(2, LocalDate.of(2024, 5, 2), page(6, 3, work("5", "2024-05-02T08:00:00+09:00")));
    Step<Work> capped = step(true, pages, "p=2");
    long epoch = OffsetDateTime.parse("2024-05-02T12:00:00+09:00").toEpochSecond();
    assertThat(capped.next()).isEqualTo("p=1;day=2024-05-02;after=" + epoch + ":8");
    assertThat(capped.total()).isEqualTo(10);

    Step<Work> slice = step(true, pages, capped.next());
    assertThat(pages.asked).containsExactly("2:null", "1:2024-05-02");
    // 8 was emitted; 7 (same second, lower id) comes after it; 10 is newer, so it came before.
    assertThat(slice.items()).extracting(Work::id).containsExactly("7");
    assertThat(slice.next()).isEqualTo("p=2;day=2024-05-02;after=" + epoch + ":8");
    assertThat(slice.total()).isNull();
  }

  @Test
  void aSearchThatFitsItsLastPageIsNotCapped() {
    Pages pages = new Pages()
        .page(2, null, page(4, 2, work("9", "2024-05-03T10:00:00+09:00"), work("8", "2024-05-02T12:00:00+09:00")));
    assertThat(step(true, pages, "p=2").next()).isNull();
  }

  @Test
  void aDayWithMoreWorksThanPixivPagesThroughCannotBeSliced() {
    Pages pages = new Pages().page(1, LocalDate.of(2024, 5, 2),
        page(10, 1, work("9", "2024-05-02T10:00:00+09:00"), work("8", "2024-05-02T09:00:00+09:00")));
    assertThatThrownBy(() -> step(true, pages, "p=1;day=2024-05-02;after=1:1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2024-05-02");
  }

  @Test
  void keysOrderByTimeThenIdInEitherDirection() {
    Key k = new Key(100, 50);
    assertThat(k.isPassedBy(new Key(99, 60), true)).isTrue();
    assertThat(k.isPassedBy(new Key(101, 1), true)).isFalse();
    assertThat(k.isPassedBy(new Key(100, 49), true)).isTrue();
    assertThat(k.isPassedBy(new Key(100, 51), true)).isFalse();
    assertThat(k.isPassedBy(new Key(100, 50), true)).isFalse();
    assertThat(k.isPassedBy(new Key(101, 1), false)).isTrue();
    assertThat(k.isPassedBy(new Key(99, 60), false)).isFalse();
    assertThat(k.isPassedBy(new Key(100, 51), false)).isTrue();
    assertThat(k.isPassedBy(new Key(100, 49), false)).isFalse();
    assertThat(k.isPassedBy(new Key(100, 50), false)).isFalse();
  }

  @Test
  void positionsRoundTrip() {
    Slice s = new Slice(7, LocalDate.of(2023, 1, 31), new Key(1675123200L, 3000000001L));
    assertThat(s.encode()).isEqualTo("p=7;day=2023-01-31;after=1675123200:3000000001");
    assertThat(Slice.parse(s.encode())).isEqualTo(s);
    assertThat(Slice.parse("p=4")).isEqualTo(new Slice(4, null, null));
    assertThat(Slice.parse("p=2;day=2023-01-31;after=")).isEqualTo(new Slice(2, LocalDate.of(2023, 1, 31), null));
    assertThat(new Key(5, 6).encode()).isEqualTo("5:6");
    assertThat(Key.parse("5:6")).isEqualTo(new Key(5, 6));
    assertThatThrownBy(() -> Slice.parse("p=0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Slice.parse("p=1;x=2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Slice.parse("p=1;after=56")).isInstanceOf(IllegalArgumentException.class);
  }
}
