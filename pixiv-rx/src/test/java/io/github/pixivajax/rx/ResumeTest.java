package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.SearchQuery;
import io.reactivex.rxjava3.core.Flowable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Stopping after k pages and resuming from the last cursor yields exactly the uninterrupted run. */
class ResumeTest extends RxTestSupport {
  static Stream<Arguments> styles() {
    return Stream.of(
        Arguments.of("page number", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.followLatestPages(ContentMode.ALL)),
        Arguments.of("search", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.searchArtworksPages(SearchQuery.builder("原神 / #?+").mode(ContentMode.SAFE).build())),
        Arguments.of("ranking", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.rankingPages(RankingMode.DAILY, null, null)),
        Arguments.of("offset", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.followingPages(9, Rest.SHOW)),
        Arguments.of("comments", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.commentsPages(5)),
        Arguments.of("lastId", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.newArtworksPages(NewWorkType.ILLUST, false)),
        Arguments.of("recommendation ids", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.recommendationsPages(5)),
        Arguments.of("user works ids", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.userWorksPages(9)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void resumingFromACursorContinuesExactlyAfterIt(String style, Function<RxPixiv, Flowable<? extends Page<?>>> pages) throws Exception {
    List<Object> whole = new ArrayList<>();
    pages.apply(rx).blockingForEach(p -> whole.addAll(p.items()));
    assertThat(whole).isNotEmpty();

    List<? extends Page<?>> firstTwo = pages.apply(rx).take(2).toList().blockingGet();
    Cursor<?> cursor = roundTrip(Cursor.decode(firstTwo.get(1).cursor().encode()));
    assertThat(cursor).isEqualTo(firstTwo.get(1).cursor());

    List<Object> resumed = new ArrayList<>();
    firstTwo.forEach(p -> resumed.addAll(p.items()));
    rx.resume(cursor).blockingForEach(p -> resumed.addAll(((Page<?>) p).items()));
    assertThat(resumed).isEqualTo(whole).doesNotHaveDuplicates();
  }

  @SuppressWarnings("unchecked")
  private static <T> Cursor<T> roundTrip(Cursor<T> cursor) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(cursor);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Cursor<T>) in.readObject();
    }
  }

  @Test
  void theLastPagesCursorResumesToNothing() {
    List<Page<io.github.pixivajax.core.model.ArtworkThumbnail>> all = rx.followLatestPages(ContentMode.ALL).toList().blockingGet();
    Cursor<io.github.pixivajax.core.model.ArtworkThumbnail> end = all.get(all.size() - 1).cursor();
    assertThat(end.isEnd()).isTrue();
    int before = server.getRequestCount();
    rx.resume(end).test().assertComplete().assertNoValues();
    assertThat(server.getRequestCount()).isEqualTo(before);
  }

  @Test
  void resumeItemsContinuesWithItems() {
    Page<io.github.pixivajax.core.model.ArtworkThumbnail> first = rx.followLatestPages(ContentMode.ALL).firstOrError().blockingGet();
    assertThat(rx.resumeItems(first.cursor()).count().blockingGet()).isEqualTo(10);
  }

  @Test
  void malformedCursorsAreRejected() {
    assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encoded");
    String unknown = new Cursor<>("nope", java.util.Map.of(), "p=1").encode();
    assertThatThrownBy(() -> rx.resume(Cursor.decode(unknown))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown resource");
  }
}
