package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.CommissionRequest;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.core.model.request.CompletedRequestsPage;
import io.github.pixivajax.core.model.request.InProgressRequestsPage;
import io.github.pixivajax.core.model.request.Pager;
import io.github.pixivajax.core.model.request.RequestCreatorsPage;
import io.github.pixivajax.core.model.request.RequestOverviewPage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RequestsApiTest extends MockPixivTest {
  private static final String PAGE = "ajax/commission/page/request";
  private static final Map<String, String> ALL_P1 = Map.of("mode", "all", "p", "1");

  private <T> T serve(String capture, Supplier<T> call, Map<String, String> query) throws InterruptedException {
    enqueueSeed(capture + ".json");
    T value = call.get();
    assertRequest(takeRequest(), "GET", "/" + capture.replaceFirst("_mode_all_p_1$", ""), query, "https://www.pixiv.net/");
    return value;
  }

  private static CommissionRequest request(Feed<?> feed, String id) {
    return feed.request(id).orElseThrow();
  }

  private static @Nullable String userName(Feed<?> feed, @Nullable String id) {
    return id == null ? null : feed.user(id).map(UserSummary::name).orElse(null);
  }

  @Test
  void overviewDecodesSeedCaptureAndResolvesThroughTheStore() throws Exception {
    Feed<RequestOverviewPage> feed = serve(PAGE, () -> client.requests().overview().blockingGet(), Map.of());
    RequestOverviewPage page = feed.page();

    assertThat(page.completeRequestIdsIllust()).hasSize(24).startsWith("96998", "89871", "86532");
    assertThat(page.inProgressRequestIds()).hasSize(12).startsWith("104308", "104276");
    assertThat(feed.requests(page.completeRequestIdsIllust())).hasSize(24);
    CommissionRequest first = request(feed, "96998");
    assertThat(first.planId()).isEqualTo("211774");
    assertThat(first.fanUserId()).isEqualTo("39686793");
    assertThat(first.creatorUserId()).isEqualTo("1175726");
    assertThat(first.requestStatus()).isEqualTo("complete");
    assertThat(first.requestTags()).containsExactly("女の子", "オリジナル", "白髪", "薔薇");
    assertThat(first.requestAcceptCollaborateFlg()).isTrue();
    assertThat(first.requestPostDeadlineDatetime()).isEqualTo(OffsetDateTime.parse("2022-10-02T23:59:59+09:00"));
    assertThat(userName(feed, first.creatorUserId())).isEqualTo("かぼちゃ兎");
    assertThat(feed.artwork(first.postWork().postWorkId()).map(ArtworkThumbnail::title)).contains("しろましろ");

    assertThat(feed.requests(page.completeRequestIdsManga()).get(0).postWork().postWorkId()).isEqualTo("99210161");
    CommissionRequest novel = feed.requests(page.completeRequestIdsNovels()).get(0);
    assertThat(novel.requestPostWorkType()).isEqualTo("novel");
    assertThat(feed.novel(novel.postWork().postWorkId()).map(NovelThumbnail::title))
        .contains("吉岡沙紀「アートを止めるな！っす！」仙崎恵磨「どうせ止まらないくせに？」");

    assertThat(feed.users(page.creatorUserIds())).hasSize(12).first().extracting(UserSummary::name).isEqualTo("silen__art");
    List<ArtworkThumbnail> recent = feed.artworks(page.recentIllustIdsByCreatorAcceptingRequest());
    assertThat(recent).hasSize(50).first().satisfies(w -> {
      assertThat(w.id()).isEqualTo("101079899");
      assertThat(w.title()).isEqualTo("マーベラス☆サマー☆タイム");
      assertThat(w.userName()).isEqualTo("ANKK君");
    });
    assertThat(feed.artworks(page.recommendIllustIdsByCreatorAcceptingRequest())).hasSize(12);

    RequestOverviewPage.CreatorWorks creator = page.userList().get(1);
    assertThat(page.userList()).hasSize(9);
    assertThat(creator.id()).isEqualTo("1785610");
    assertThat(userName(feed, creator.id())).isEqualTo("琉依");
    assertThat(feed.artworks(creator.illustIds())).extracting(ArtworkThumbnail::title)
        .containsExactly("アシュリーちゃん", "北谷菜切", "テスタメントさん");
    assertThat(feed.translate("女の子", "romaji")).contains("onnnanoko");
  }

  @ParameterizedTest
  @CsvSource({
    "ILLUST, 92318, 93790, 77704, LIM, 聖剣伝説2, 2022-09-08T23:59:59+09:00, 83674, 100446, 101073311, レッド・クノイチ",
    "MANGA, 101073, 99841, 3406099, カオス・不明生物にゃ, ポタラ, 2022-10-23T23:59:59+09:00, 102052, 101073, 101073357, （リクエスト）ナミロビン融合",
    "UGOIRA, 102075, 85398, 3267845, Omurice炸黑輪, 白虎, 2022-10-28T23:59:59+09:00, 76981, 102075, 101052042, Tira",
  })
  void completeDecodesEveryTypeCapture(
      RequestWorkType type, String firstId, String lastId, String creatorId, String creatorName, String firstTag,
      String deadline, String firstRecommended, String deliveredId, String workId, String workTitle) throws Exception {
    Feed<CompletedRequestsPage> feed = serve(
        PAGE + "/complete/" + type.queryValue() + "_mode_all_p_1",
        () -> client.requests().complete(type, ContentMode.ALL, 1).blockingGet(), ALL_P1);
    CompletedRequestsPage page = feed.page();

    assertThat(page.workType()).isEqualTo(type.queryValue());
    assertThat(page.mode()).isEqualTo("all");
    assertThat(page.pager()).isEqualTo(new Pager(1, true));
    assertThat(page.requestIds()).hasSize(24).startsWith(firstId).endsWith(lastId);
    assertThat(feed.requests(page.requestIds())).extracting(CommissionRequest::requestId).isEqualTo(page.requestIds());
    assertThat(page.recommendRequestIds()).hasSize(36).startsWith(firstRecommended);
    assertThat(feed.requests(page.recommendRequestIds())).hasSize(36);

    CommissionRequest first = request(feed, firstId);
    assertThat(first.requestStatus()).isEqualTo("complete");
    assertThat(first.requestPostWorkType()).isEqualTo(type.queryValue());
    assertThat(first.creatorUserId()).isEqualTo(creatorId);
    assertThat(userName(feed, creatorId)).isEqualTo(creatorName);
    assertThat(first.requestTags()).startsWith(firstTag);
    assertThat(first.requestPostDeadlineDatetime()).isEqualTo(OffsetDateTime.parse(deadline));

    CommissionRequest delivered = request(feed, deliveredId);
    assertThat(delivered.postWork().postWorkId()).isEqualTo(workId);
    ArtworkThumbnail work = feed.artwork(workId).orElseThrow();
    assertThat(work.title()).isEqualTo(workTitle);
    assertThat(work.userId()).isEqualTo(delivered.creatorUserId());
    assertThat(work.illustType()).isEqualTo(IllustType.valueOf(type.name()));
  }

  @ParameterizedTest
  @CsvSource({
    "ILLUST, 14354146, 79559656, 76130538",
    "MANGA, 79559656, 18235223, 40168969",
    "UGOIRA, 69238890, 83570087, 82442089",
  })
  void creatorsDecodesEveryTypeCapture(RequestWorkType type, String first, String second, String last) throws Exception {
    Feed<RequestCreatorsPage> feed = serve(
        PAGE + "/creators/" + type.queryValue() + "_mode_all_p_1",
        () -> client.requests().creators(type, ContentMode.ALL, 1).blockingGet(), ALL_P1);
    RequestCreatorsPage page = feed.page();

    assertThat(page.creatorUserIds()).hasSize(48).startsWith(first, second).endsWith(last);
    assertThat(page.followCreatorUserIds()).isEmpty();
    assertThat(page.workType()).isEqualTo(type.queryValue());
    assertThat(page.mode()).isEqualTo("all");
    assertThat(page.pager()).isEqualTo(new Pager(1, true));
    // pixiv sends this page with an empty store: the ids resolve through the users API only.
    assertThat(feed.users(page.creatorUserIds())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "ALL, 24, 104308, 103524, 18171434, 大村製作所, 12429069, Super1up6, 5000, 万堂栄子, true",
    "ILLUST, 24, 104308, 103524, 18171434, 大村製作所, 12429069, Super1up6, 5000, 万堂栄子, true",
    "MANGA, 24, 103804, 99606, 29543491, よろず屋, 600379, Laki, 10000, 入れ替わり, true",
    "UGOIRA, 6, 102808, 95394, 73268284, gur0 Ninja, , , 5000, NieR:Automata, false",
  })
  void inProgressDecodesEveryFilterCapture(
      RequestWorkFilter type, int count, String firstId, String lastId, String creatorId, String creatorName,
      @Nullable String fanId, @Nullable String fanName, long price, String firstTag, boolean hasNext) throws Exception {
    Feed<InProgressRequestsPage> feed = serve(
        PAGE + "/in_progress/" + type.queryValue() + "_mode_all_p_1",
        () -> client.requests().inProgress(type, ContentMode.ALL, 1).blockingGet(), ALL_P1);
    InProgressRequestsPage page = feed.page();

    assertThat(page.workType()).isEqualTo(type.queryValue());
    assertThat(page.pager()).isEqualTo(new Pager(1, hasNext));
    assertThat(page.followRequestIds()).isEmpty();
    assertThat(page.requestIds()).hasSize(count).startsWith(firstId).endsWith(lastId);
    assertThat(feed.requests(page.requestIds())).hasSize(count);

    CommissionRequest first = request(feed, firstId);
    assertThat(first.requestStatus()).isEqualTo("inProgress");
    assertThat(first.requestPrice()).isEqualTo(price);
    assertThat(first.requestTags()).startsWith(firstTag);
    assertThat(first.postWork()).isNull();
    assertThat(first.creatorUserId()).isEqualTo(creatorId);
    assertThat(userName(feed, creatorId)).isEqualTo(creatorName);
    // An anonymous fan's id is withheld.
    assertThat(first.fanUserId()).isEqualTo(fanId);
    assertThat(first.requestAnonymousFlg()).isEqualTo(fanId == null);
    assertThat(userName(feed, fanId)).isEqualTo(fanName);
  }

  @ParameterizedTest
  @EnumSource(RequestWorkType.class)
  void pageBelowOneIsRejectedBeforeAnyRequest(RequestWorkType type) {
    assertThatIllegalArgumentException().isThrownBy(() -> client.requests().complete(type, ContentMode.ALL, 0)).withMessageStartingWith("p must be >= 1");
    assertThatIllegalArgumentException().isThrownBy(() -> client.requests().creators(type, ContentMode.SAFE, -1)).withMessageStartingWith("p must be >= 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.requests().inProgress(RequestWorkFilter.valueOf(type.name()), ContentMode.R18, 0))
        .withMessageStartingWith("p must be >= 1");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void modeAndTypeAreWrittenAsPixivSpellsThem() throws Exception {
    enqueueJson("{\"error\":false,\"message\":\"\",\"body\":{\"page\":{\"requestIds\":[\"7\"],\"pager\":{\"page\":3,\"hasNextPage\":false}}}}");
    Feed<InProgressRequestsPage> feed = client.requests().inProgress(RequestWorkFilter.UGOIRA, ContentMode.R18, 3).blockingGet();
    assertRequest(takeRequest(), "GET", "/" + PAGE + "/in_progress/ugoira", Map.of("mode", "r18", "p", "3"), "https://www.pixiv.net/");
    assertThat(feed.page().requestIds()).containsExactly("7");
    assertThat(feed.page().pager()).isEqualTo(new Pager(3, false));
    assertThat(feed.requests()).isEmpty();
  }
}
