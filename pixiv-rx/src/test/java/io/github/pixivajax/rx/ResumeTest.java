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
        Arguments.of("page number", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.feeds().followLatest(ContentMode.ALL).pages()),
        Arguments.of("search", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.search().artworks(SearchQuery.builder("原神 / #?+").mode(ContentMode.SAFE).build()).pages()),
        Arguments.of("ranking", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.ranking().ranking(RankingMode.DAILY, null, null).pages()),
        Arguments.of("offset", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.users().following(9, Rest.SHOW).pages()),
        Arguments.of("comments", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.artworks().comments(5).pages()),
        Arguments.of("lastId", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.feeds().newIllusts(NewWorkType.ILLUST, false).pages()),
        Arguments.of("recommendation ids", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.artworks().recommendations(5).pages()),
        Arguments.of("user works ids", (Function<RxPixiv, Flowable<? extends Page<?>>>) r -> r.users().works(9).pages()));
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
    rx.resume(cursor).pages().blockingForEach(p -> resumed.addAll(((Page<?>) p).items()));
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
    List<Page<io.github.pixivajax.core.model.ArtworkThumbnail>> all = rx.feeds().followLatest(ContentMode.ALL).pages().toList().blockingGet();
    Cursor<io.github.pixivajax.core.model.ArtworkThumbnail> end = all.get(all.size() - 1).cursor();
    assertThat(end.isEnd()).isTrue();
    int before = server.getRequestCount();
    rx.resume(end).pages().test().assertComplete().assertNoValues();
    assertThat(server.getRequestCount()).isEqualTo(before);
  }

  @Test
  void resumedItemsContinueAfterThePage() {
    Page<io.github.pixivajax.core.model.ArtworkThumbnail> first = rx.feeds().followLatest(ContentMode.ALL).pages().firstOrError().blockingGet();
    assertThat(rx.resume(first.cursor()).items().count().blockingGet()).isEqualTo(10);
  }

  @Test
  void malformedCursorsAreRejected() {
    assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encoded");
    String unknown = new Cursor<>("nope", java.util.Map.of(), "p=1").encode();
    assertThatThrownBy(() -> rx.resume(Cursor.decode(unknown)).pages()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown stream");
  }
}
