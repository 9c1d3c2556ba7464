package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.github.pixivajax.core.model.user.FollowUser;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each of pixiv's pagination styles streams whole, in order, and ends where pixiv says. */
class PaginationTest extends RxTestSupport {
  private static List<String> ids(List<ArtworkThumbnail> works) {
    return works.stream().map(ArtworkThumbnail::id).toList();
  }

  private static List<String> range(int fromInclusive, int count, int step) {
    return IntStream.range(0, count).mapToObj(i -> String.valueOf(fromInclusive + i * step)).toList();
  }

  @Test
  void followLatestStreamsEveryPageUntilIsLastPage() {
    List<ArtworkThumbnail> works = rx.feeds().followLatest(ContentMode.ALL).items().toList().blockingGet();
    assertThat(ids(works)).isEqualTo(range(1000, 15, -1));
    assertThat(feeds.count("/ajax/follow_latest/illust")).isEqualTo(3);
    assertThat(feeds.paths.get(0)).isEqualTo("/ajax/follow_latest/illust?mode=all&p=1");
  }

  @Test
  void searchEndsAtLastPage() {
    List<ArtworkThumbnail> works = rx.search().artworks(SearchQuery.of("原神")).items().toList().blockingGet();
    assertThat(works).hasSize(150);
    assertThat(feeds.count("/ajax/search/artworks/")).isEqualTo(3);
    assertThat(feeds.paths.get(2)).contains("p=3").contains("word=%E5%8E%9F%E7%A5%9E");
  }

  @Test
  void searchPagesCarryPixivsTotal() {
    List<Page<ArtworkThumbnail>> pages = rx.search().artworks(SearchQuery.of("原神")).pages().toList().blockingGet();
    assertThat(pages).hasSize(3).allSatisfy(p -> assertThat(p.total()).isEqualTo(150));
    assertThat(pages.get(2).last()).isTrue();
    assertThat(pages.get(2).cursor().isEnd()).isTrue();
  }

  @Test
  void rankingEndsWhenNextIsFalse() {
    List<RankingItem> items = rx.ranking().ranking(RankingMode.DAILY, null, null).items().toList().blockingGet();
    assertThat(items).hasSize(150);
    assertThat(items.get(149).rank()).isEqualTo(150);
    assertThat(feeds.count("/ranking.php")).isEqualTo(3);
    assertThat(feeds.paths.get(0)).contains("format=json").contains("mode=daily").contains("p=1");
  }

  @Test
  void followingPagesByOffsetUntilTotal() {
    List<FollowUser> users = rx.users().following(9, Rest.SHOW).items().toList().blockingGet();
    assertThat(users).hasSize(50);
    assertThat(users.get(49).userId()).isEqualTo("50");
    assertThat(feeds.paths).filteredOn(p -> p.startsWith("/ajax/user/9/following"))
        .containsExactly(
            "/ajax/user/9/following?offset=0&limit=24&rest=show",
            "/ajax/user/9/following?offset=24&limit=24&rest=show",
            "/ajax/user/9/following?offset=48&limit=24&rest=show");
  }

  @Test
  void commentsEndWhenHasNextIsFalse() {
    List<Comment> comments = rx.artworks().comments(100412238).items().toList().blockingGet();
    assertThat(comments).hasSize(120);
    assertThat(feeds.count("/ajax/illusts/comments/roots")).isEqualTo(3);
  }

  @Test
  void newIllustsWalkBackThroughLastId() {
    List<ArtworkThumbnail> works = rx.feeds().newIllusts(NewWorkType.ILLUST, false).items().toList().blockingGet();
    assertThat(ids(works)).isEqualTo(range(1000, 100, -1));
    assertThat(feeds.paths.get(0)).isEqualTo("/ajax/illust/new?lastId=0&limit=20&type=illust&r18=false");
    assertThat(feeds.paths.get(1)).startsWith("/ajax/illust/new?lastId=981&");
  }

  @Test
  void recommendationsContinueThroughNextIdsInBatches() {
    List<ArtworkThumbnail> works = rx.artworks().recommendations(100412238).items().toList().blockingGet();
    assertThat(ids(works)).isEqualTo(range(7000, 40, 1));
    assertThat(feeds.count("/ajax/illust/100412238/recommend/init")).isEqualTo(1);
    assertThat(feeds.count("/ajax/illust/recommend/illusts")).isEqualTo(2);
  }

  @Test
  void discoveryDeduplicatesPollsAndEndsWhenNothingIsNew() {
    List<ArtworkThumbnail> works = rx.discovery().artworks(ContentMode.ALL).items().toList().blockingGet();
    assertThat(ids(works)).doesNotHaveDuplicates().hasSize(60);
  }

  @Test
  void linkedServicePagesUntilTotalItemCount() {
    assertThat(rx.feeds().tumeng().items().toList().blockingGet()).hasSize(20);
    assertThat(feeds.count("/ajax/linked_service/tumeng")).isEqualTo(2);
  }

  @Test
  void discoveryPagesAreOnePerPoll() {
    List<Page<ArtworkThumbnail>> pages = rx.discovery().artworks(ContentMode.ALL).pages().toList().blockingGet();
    assertThat(pages.get(0).items()).hasSize(20);
    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(ArtworkThumbnail::id)).doesNotHaveDuplicates();
  }

  @Test
  void shiftedPagesDoNotRepeatWorks() {
    var sub = rx.feeds().followLatest(ContentMode.ALL).items().test(0);
    sub.request(5);
    sub.awaitCount(5);
    feeds.post(2); // two new works push page 2 down by two: its first two were on page 1
    sub.request(Long.MAX_VALUE);
    sub.awaitDone(5, java.util.concurrent.TimeUnit.SECONDS);
    List<String> got = sub.values().stream().map(ArtworkThumbnail::id).toList();
    assertThat(got).doesNotHaveDuplicates();
    assertThat(got).startsWith("1000", "999", "998", "997", "996", "995", "994");
  }

  private List<String> followLatestWithTwoPostedAfterPage1(int dedupeCapacity) {
    RxPixiv streams = RxPixiv.create(client, config().dedupeCapacity(dedupeCapacity).build());
    var sub = streams.feeds().followLatest(ContentMode.ALL).items().test(0);
    sub.request(5);
    sub.awaitCount(5);
    feeds.post(2); // page 2 now starts with 997 and 996, the last two of page 1
    sub.request(Long.MAX_VALUE);
    sub.awaitDone(5, java.util.concurrent.TimeUnit.SECONDS).assertComplete();
    return sub.values().stream().map(ArtworkThumbnail::id).toList();
  }

  @Test
  void theDedupeMemoryIsBoundedByDedupeCapacity() {
    // Two remembered ids are enough for this shift; one is not: the oldest is forgotten first.
    assertThat(followLatestWithTwoPostedAfterPage1(2)).startsWith("1000", "999", "998", "997", "996", "995")
        .doesNotHaveDuplicates();
    feeds.newest.set(1000);
    feeds.paths.clear();
    assertThat(followLatestWithTwoPostedAfterPage1(1)).startsWith("1000", "999", "998", "997", "996", "997", "996", "995");
  }

  @Test
  void badArgumentsFailBeforeAnyRequest() {
    assertThatThrownBy(() -> rx.users().following(0, Rest.SHOW).items()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
    assertThatThrownBy(() -> rx.artworks().comments(-1).items()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("illustId");
    assertThatThrownBy(() -> rx.feeds().followLatest(null).items()).isInstanceOf(NullPointerException.class).hasMessage("mode == null");
    assertThatThrownBy(() -> RxPixiv.create(null)).isInstanceOf(NullPointerException.class).hasMessage("client == null");
    assertThatThrownBy(() -> RxConfig.builder().prefetch(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefetch");
    assertThat(server.getRequestCount()).isZero();
  }
}
