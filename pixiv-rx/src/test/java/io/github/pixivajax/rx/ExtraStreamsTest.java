package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.WorkKind;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.artwork.Comment;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Streams over the endpoints beyond pixiv's reference. */
class ExtraStreamsTest extends RxTestSupport {
  @Test
  void commentRepliesPageUntilHasNextIsFalse() {
    List<Comment> replies = rx.artworks().commentReplies(77).items().toList().blockingGet();
    assertThat(replies).hasSize(30).extracting(Comment::id).doesNotHaveDuplicates();
    assertThat(feeds.count("/ajax/illusts/comments/replies")).isEqualTo(3);
    assertThat(feeds.paths.get(0)).isEqualTo("/ajax/illusts/comments/replies?comment_id=77&page=1");
  }

  @Test
  void userWorksBatchTheIdsOfProfileAllNewestFirst() {
    List<String> ids = rx.users().works(9).items().map(ArtworkThumbnail::id).toList().blockingGet();
    assertThat(ids).hasSize(180).doesNotHaveDuplicates();
    assertThat(ids.get(0)).isEqualTo("5030");
    assertThat(ids.get(179)).isEqualTo("3001");
    assertThat(feeds.count("/ajax/user/9/profile/all")).isEqualTo(1);
    assertThat(feeds.paths).filteredOn(p -> p.startsWith("/ajax/user/9/profile/illusts")).hasSize(2)
        .first().asString().contains("work_category=illustManga").contains("is_first_page=1");
  }

  @Test
  void userWorksStreamOnePagePerDemand() throws Exception {
    var sub = rx.users().works(9).pages().test(0);
    Await.stays("no request without demand", () -> server.getRequestCount() == 0, java.time.Duration.ofMillis(300));
    sub.request(1);
    sub.awaitCount(1);
    assertThat(server.getRequestCount()).isEqualTo(2); // profile/all, then the first batch
    sub.cancel();
  }

  @Test
  void worksByTagPagesByOffset() {
    assertThat(rx.users().worksByTag(9, WorkKind.MANGA, "原神").items().toList().blockingGet()).hasSize(70);
    assertThat(feeds.paths.get(0)).isEqualTo("/ajax/user/9/manga/tag?tag=%E5%8E%9F%E7%A5%9E&offset=0&limit=48");
  }

  @Test
  void seriesStreamsEveryWorkInOrder() {
    List<String> ids = rx.series().series(7).items().map(ArtworkThumbnail::id).toList().blockingGet();
    assertThat(ids).isEqualTo(IntStream.rangeClosed(4001, 4030).mapToObj(String::valueOf).toList());
    assertThat(feeds.count("/ajax/series/7")).isEqualTo(3);
  }

  @Test
  void touchRankingIsFilledInWithDetailsPageByPage() {
    List<RankedArtwork> ranked = rx.ranking().touchRanking(RankingMode.DAILY, null, null).items().toList().blockingGet();
    assertThat(ranked).hasSize(100);
    assertThat(ranked.get(0).rank()).isEqualTo(1);
    assertThat(ranked.get(0).artwork().title()).isEqualTo("work 9000");
    assertThat(feeds.count("/ajax/illust/recommend/illusts")).isEqualTo(2);
  }
}
