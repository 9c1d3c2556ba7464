package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.WorkKind;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stream that takes an id refuses one below 1 when called, naming the parameter, before any request. */
class IdValidationTest extends RxTestSupport {
  record Call(String stream, String param, BiFunction<RxPixiv, Long, Paged<?>> call) {
    @Override
    public String toString() {
      return stream;
    }
  }

  static List<Call> calls() {
    return List.of(
        new Call("artworks.comments", "illustId", (rx, id) -> rx.artworks().comments(id)),
        new Call("artworks.commentReplies", "commentId", (rx, id) -> rx.artworks().commentReplies(id)),
        new Call("artworks.recommendations", "illustId", (rx, id) -> rx.artworks().recommendations(id)),
        new Call("novels.seriesContent", "seriesId", (rx, id) -> rx.novels().seriesContent(id)),
        new Call("novels.works", "userId", (rx, id) -> rx.novels().works(id)),
        new Call("novels.bookmarks", "userId", (rx, id) -> rx.novels().bookmarks(id, "", Rest.SHOW)),
        new Call("novels.recommendations", "novelId", (rx, id) -> rx.novels().recommendations(id)),
        new Call("novels.comments", "novelId", (rx, id) -> rx.novels().comments(id)),
        new Call("series.series", "seriesId", (rx, id) -> rx.series().series(id)),
        new Call("users.following", "userId", (rx, id) -> rx.users().following(id, Rest.SHOW)),
        new Call("users.followers", "userId", (rx, id) -> rx.users().followers(id)),
        new Call("users.bookmarks", "userId", (rx, id) -> rx.users().bookmarks(id, "", Rest.SHOW)),
        new Call("users.works", "userId", (rx, id) -> rx.users().works(id)),
        new Call("users.worksByTag", "userId", (rx, id) -> rx.users().worksByTag(id, WorkKind.ILLUSTS, "tag")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void anIdBelowOneFailsNamingItsParameterAndOneIsAnId(Call c) {
    assertThatThrownBy(() -> c.call().apply(rx, 0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(c.param() + " must be >= 1 but was 0");
    assertThatThrownBy(() -> c.call().apply(rx, -7L)).hasMessage(c.param() + " must be >= 1 but was -7");
    assertThat(c.call().apply(rx, 1L)).isNotNull();
    assertThat(server.getRequestCount()).isZero();
  }
}
