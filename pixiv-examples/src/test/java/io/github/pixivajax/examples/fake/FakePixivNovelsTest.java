package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NovelBookmarkAddRequest;
import io.github.pixivajax.core.api.NovelLikeRequest;
import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.NovelsApi;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.novel.NovelDetail;
import io.github.pixivajax.core.model.novel.SeriesContentPage;
import io.github.pixivajax.core.novel.NovelMarkup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every novel endpoint of {@link NovelsApi} answered by the fake, through the real client. */
class FakePixivNovelsTest extends FakePixivTestBase {
  static PixivClient client;
  static PixivClient anonymous;
  static NovelsApi api;

  @BeforeAll
  static void clients() {
    client = PixivClient.builder().rateLimit(0).baseUrl(fake.baseUrl()).session(PixivSession.ofPhpSessId(FakePixiv.DEMO_SESSION)).build();
    anonymous = PixivClient.builder().rateLimit(0).baseUrl(fake.baseUrl()).build();
    api = client.novels();
  }

  @AfterAll
  static void closeClients() {
    client.close();
    anonymous.close();
  }

  @Test
  void firstPartCarriesEveryMarkupKindAndItsImages() throws Exception {
    NovelDetail n = api.novel(11).blockingGet();
    NovelMarkup text = NovelMarkup.parse(n.content());
    assertThat(text.pageCount()).isEqualTo(3);
    assertThat(text.chapterTitles()).containsExactly("第一章　月下(げっか)の扉", "第二章　星の目録");
    assertThat(text.imageKeys()).containsExactly("uploadedimage:911", "pixivimage:1-1");
    String uploaded = n.textEmbeddedImages().get("911").bestUrl();
    assertThat(uploaded).startsWith("https://i.pximg.net/novel-cover-original/img/");
    assertThat(n.seriesNavData().order()).isEqualTo(1);
    assertThat(n.seriesNavData().prev()).isNull();
    assertThat(n.seriesNavData().next().id()).isEqualTo("12");
    assertThat(api.insertIllusts(11, text.pixivImageIds()).blockingGet().get("1-1").visible()).isTrue();
    // Covers and uploaded images live on the fake i.pximg.net, with its Referer rule, as on pixiv.
    assertThat(FakeImagesTest.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            n.coverUrl().replace("https://i.pximg.net/", fake.imageBaseUrl()))).header("Referer", "https://www.pixiv.net/").build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(NovelRoutes.PNG);
    assertThat(FakeImagesTest.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            uploaded.replace("https://i.pximg.net/", fake.imageBaseUrl()))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(403);
  }

  @Test
  void r18IsHiddenWithoutASession() {
    assertThat(api.novel(21).blockingGet().xRestrict()).isEqualTo(1);
    assertThatThrownBy(() -> anonymous.novels().novel(21).blockingGet()).isInstanceOf(PixivNotFoundException.class);
    assertThatThrownBy(() -> anonymous.novels().series(2).blockingGet()).isInstanceOf(PixivNotFoundException.class);
    assertThat(anonymous.novels().search(NovelSearchQuery.of("物語")).blockingGet().novel().data())
        .allMatch(t -> t.xRestrict() == 0);
  }

  @Test
  void seriesContentPagesByLastOrderAndEndsOnAShortPage() {
    List<String> ids = new ArrayList<>();
    int requests = 0;
    while (true) {
      SeriesContentPage page = api.seriesContent(1, 2, ids.size()).blockingGet().page();
      requests++;
      ids.addAll(page.ids());
      assertThat(page.seriesContents()).extracting(SeriesContentPage.Entry::order)
          .allMatch(o -> o > ids.size() - page.ids().size());
      if (page.ids().size() < 2) {
        break;
      }
    }
    assertThat(ids).containsExactly("11", "12", "13", "14", "15");
    assertThat(requests).isEqualTo(3);
    assertThat(api.seriesContentTitles(1).blockingGet()).hasSize(5);
    assertThat(api.series(1).blockingGet().firstNovelId()).isEqualTo("11");
  }

  @Test
  void searchServes30PerPageAndGroupsBySeries() {
    var first = api.search(NovelSearchQuery.builder("物語").order(SearchOrder.DATE_DESC).build()).blockingGet().novel();
    assertThat(first.data()).hasSize(30);
    assertThat(first.total()).isGreaterThan(60);
    var third = api.search(NovelSearchQuery.builder("物語").p(3).build()).blockingGet().novel();
    assertThat(third.data()).hasSize(first.total() - 60);
    assertThat(third.lastPage()).isEqualTo(3);
    assertThat(api.searchSeries(NovelSearchQuery.of("図書館")).blockingGet().series().data())
        .extracting(s -> s.title()).containsExactly("月下の図書館");
  }

  @Test
  void feedsNewNovelsAndRecommendations() {
    var newest = api.newNovels(0, 10, null).blockingGet();
    assertThat(newest.novels()).hasSize(10);
    var older = api.newNovels(Long.parseLong(newest.lastId()), 10, null).blockingGet();
    assertThat(Long.parseLong(older.novels().get(0).id())).isLessThan(Long.parseLong(newest.lastId()));
    var follow = api.followLatest(ContentMode.ALL, 1).blockingGet();
    assertThat(follow.artworks()).isEmpty();
    assertThat(follow.page().ids()).isNotEmpty().allMatch(id -> follow.novel(id).isPresent());
    assertThat(api.top(ContentMode.ALL).blockingGet().page().ranking().ids()).hasSize(5);
    assertThat(api.watchList(1).blockingGet().page().watchedSeriesIds()).containsExactly("1");
    var init = api.recommendations(11, 5).blockingGet();
    assertThat(init.novels()).hasSize(5);
    assertThat(api.recommendedNovels(init.nextIds().subList(0, 3)).blockingGet().novels())
        .extracting(NovelThumbnail::id).containsExactlyElementsOf(init.nextIds().subList(0, 3));
  }

  @Test
  void commentsRepliesBookmarksAndLikes() {
    var roots = api.comments(11, 0, 5).blockingGet();
    assertThat(roots.comments()).hasSize(5);
    assertThat(roots.hasNext()).isTrue();
    Comment withReplies = roots.comments().get(0);
    assertThat(withReplies.hasReplies()).isTrue();
    assertThat(api.commentReplies(Long.parseLong(withReplies.id()), 1).blockingGet().comments()).hasSize(2);
    assertThat(api.comments(11, 5, 5).blockingGet().hasNext()).isFalse();

    var tags = api.bookmarkTags(1).blockingGet();
    assertThat(tags.publicTags()).isNotEmpty();
    int before = api.bookmarks(1, "", 0, 100, Rest.SHOW).blockingGet().total();
    String id = api.addBookmark(NovelBookmarkAddRequest.of(13)).blockingGet().bookmarkId();
    assertThat(api.addBookmark(NovelBookmarkAddRequest.of(13)).blockingGet().created()).isFalse();
    assertThat(api.bookmarkData(13).blockingGet().bookmarkData().id()).isEqualTo(id);
    assertThat(api.bookmarks(1, "", 0, 100, Rest.SHOW).blockingGet().total()).isEqualTo(before + 1);
    api.deleteBookmark(Long.parseLong(id)).blockingGet();
    assertThat(api.bookmarkData(13).blockingGet().bookmarkData()).isNull();
    assertThat(api.like(NovelLikeRequest.of(13)).blockingGet().liked()).isTrue();
    assertThat(api.novel(13).blockingGet().liked()).isTrue();
    assertThat(api.userNovels(2, List.of("11", "12", "100"), true).blockingGet().novels())
        .extracting(NovelThumbnail::id).contains("11", "12");
  }
}
