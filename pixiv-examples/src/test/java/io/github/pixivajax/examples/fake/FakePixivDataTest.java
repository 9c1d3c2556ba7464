package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data volume and the shapes pixiv's captures show. */
class FakePixivDataTest extends FakePixivTestBase {
  private static final String GENSHIN = Http.enc("原神");
  @Test
  void atLeastTenThousandArtworksAndFiveHundredUsers() {
    assertThat(fake.artworkCount()).isGreaterThanOrEqualTo(10_000);
    assertThat(http.get("ajax/illust/1").status()).isEqualTo(200);
    assertThat(http.get("ajax/illust/10000").status()).isEqualTo(200);
    JsonNode newest = http.get("ajax/illust/new?lastId=0&limit=1").body().get("illusts").get(0);
    assertThat(newest.get("id").asLong()).isGreaterThanOrEqualTo(10_000);
    assertThat(http.get("ajax/user/500").status()).isEqualTo(200);
  }

  @Test
  void searchingCommonTagsMatchesThousands() {
    JsonNode artworks = http.get("ajax/search/artworks/" + GENSHIN + "?word=" + GENSHIN
        + "&order=date_d&mode=all&p=1&s_mode=s_tag_full&type=all").body();
    assertThat(artworks.get("illustManga").get("total").asInt()).isGreaterThanOrEqualTo(3_000);
    // A full page of works, plus the ad container pixiv mixes in.
    assertThat(artworks.get("illustManga").get("data")).hasSize(Search.PER_PAGE + 1);
    assertThat(artworks.get("illustManga").get("data").findParents("isAdContainer")).hasSize(1);
    assertThat(artworks.get("illustManga").get("data").get(0).get("tags").toString()).contains("原神");
    JsonNode illustrations = http.get("ajax/search/illustrations/" + GENSHIN + "?word=" + GENSHIN
        + "&type=illust_and_ugoira&s_mode=s_tag_full").body();
    assertThat(illustrations.get("illust").get("total").asInt()).isGreaterThanOrEqualTo(3_000);
    for (String tag : List.of("女の子", "オリジナル")) {
      JsonNode body = http.get("ajax/search/artworks/" + Http.enc(tag) + "?s_mode=s_tag_full").body();
      assertThat(body.get("illustManga").get("total").asInt()).as(tag).isGreaterThanOrEqualTo(3_000);
    }
    JsonNode top = http.get("ajax/search/top/" + GENSHIN).body();
    assertThat(top.get("illust").get("total").asInt() + top.get("manga").get("total").asInt())
        .isEqualTo(artworks.get("illustManga").get("total").asInt());
  }

  @Test
  void theDemoAccountFollowsIsFollowedAndBookmarksHundreds() {
    assertThat(http.login("ajax/user/1/following?offset=0&limit=24&rest=show").body().get("total").asInt())
        .isGreaterThanOrEqualTo(300);
    assertThat(http.login("ajax/user/1/followers?offset=0&limit=24").body().get("total").asInt())
        .isGreaterThanOrEqualTo(300);
    assertThat(http.login("ajax/user/1/illusts/bookmarks?tag=&offset=0&limit=48&rest=show").body().get("total").asInt())
        .isGreaterThanOrEqualTo(300);
    JsonNode extra = http.login("ajax/user/extra").body();
    assertThat(extra.get("following").asInt()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void feedThumbnailsCarryTheCapturesTwentyFourKeys() {
    JsonNode body = http.login("ajax/follow_latest/illust?mode=all&p=1").body();
    assertThat(body.get("page").get("ids")).hasSize(FeedRoutes.PER_PAGE);
    assertThat(body.get("page").get("ids").get(0).isNumber()).isTrue();
    JsonNode thumbnail = body.get("thumbnails").get("illust").get(0);
    List<String> keys = new ArrayList<>();
    thumbnail.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("id", "title", "illustType", "xRestrict", "restrict", "sl", "url",
        "description", "tags", "userId", "userName", "width", "height", "pageCount", "isBookmarkable",
        "bookmarkData", "alt", "titleCaptionTranslation", "createDate", "updateDate", "isUnlisted", "isMasked",
        "urls", "profileImageUrl");
    assertThat(thumbnail.get("urls").has("250x250")).isTrue();
    assertThat(thumbnail.get("createDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");
    for (String store : List.of("tagTranslation", "thumbnails", "illustSeries", "requests", "users")) {
      assertThat(body.has(store)).as(store).isTrue();
    }
    assertThat(body.get("thumbnails").fieldNames()).toIterable()
        .containsExactly("illust", "novel", "novelSeries", "novelDraft");
  }

  @Test
  void artworkDetailFollowsTheCapture() {
    JsonNode d = http.get("ajax/illust/100").body();
    for (String key : List.of("illustId", "illustTitle", "id", "title", "description", "illustType", "createDate",
        "uploadDate", "restrict", "xRestrict", "sl", "urls", "tags", "userId", "userName", "userAccount",
        "userIllusts", "likeData", "width", "height", "pageCount", "bookmarkCount", "likeCount", "commentCount",
        "viewCount", "isOriginal", "isBookmarkable", "bookmarkData", "isUnlisted")) {
      assertThat(d.has(key)).as(key).isTrue();
    }
    assertThat(d.get("id").asText()).isEqualTo("100");
    assertThat(d.get("urls").fieldNames()).toIterable().containsExactly("mini", "thumb", "small", "regular", "original");
    assertThat(d.get("tags").get("tags").get(0).has("tag")).isTrue();
    assertThat(d.get("userIllusts").has("100")).isTrue();
    assertThat(d.get("pageCount").asInt()).isEqualTo(http.get("ajax/illust/100/pages").body().size());
  }

  @Test
  void tagTranslationsHaveEnglishAndRomaji() {
    JsonNode translation = http.get("ajax/search/tags/" + GENSHIN).body().get("tagTranslation").get("原神");
    assertThat(translation.get("en").asText()).isEqualTo("Genshin Impact");
    assertThat(translation.get("romaji").asText()).isEqualTo("gennshinn");
    JsonNode tag = http.get("ajax/search/artworks/" + Http.enc("Genshin") + "?s_mode=s_tag").body();
    assertThat(tag.get("illustManga").get("total").asInt()).isGreaterThanOrEqualTo(3_000);
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
    try (FakePixiv same = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
        FakePixiv other = FakePixiv.start(FakePixiv.Options.builder().seed(7).newArtworkEvery(null).build())) {
      String path = "ajax/illust/4321";
      assertThat(new Http(same).get(path).text()).isEqualTo(http.get(path).text());
      assertThat(new Http(other).get(path).text()).isNotEqualTo(http.get(path).text());
    }
  }

  @Test
  void discoveryShowsOtherArtworksOnEveryPoll() {
    String first = http.login("ajax/discovery/artworks?mode=all&limit=10").body().get("recommendedIllusts").toString();
    String second = http.login("ajax/discovery/artworks?mode=all&limit=10").body().get("recommendedIllusts").toString();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void commentsPageWithHasNextAndReplies() {
    long id = 1;
    while (http.get("ajax/illust/" + id).body().get("commentCount").asInt() < 10) {
      id++;
    }
    int total = http.get("ajax/illust/" + id).body().get("commentCount").asInt();
    JsonNode first = http.get("ajax/illusts/comments/roots?illust_id=" + id + "&offset=0&limit=3").body();
    assertThat(first.get("comments")).hasSize(3);
    assertThat(first.get("hasNext").asBoolean()).isTrue();
    JsonNode last = http.get("ajax/illusts/comments/roots?illust_id=" + id + "&offset=" + (total - 2) + "&limit=3").body();
    assertThat(last.get("comments")).hasSize(2);
    assertThat(last.get("hasNext").asBoolean()).isFalse();
    JsonNode all = http.get("ajax/illusts/comments/roots?illust_id=" + id + "&offset=0&limit=100").body();
    for (JsonNode c : all.get("comments")) {
      if (c.get("hasReplies").asBoolean()) {
        JsonNode replies = http.get("ajax/illusts/comments/replies?comment_id=" + c.get("id").asText() + "&page=1").body();
        assertThat(replies.get("comments").get(0).get("commentParentId").asText()).isEqualTo(c.get("id").asText());
      }
    }
  }

  @Test
  void addedArtworksAreNewest() {
    int before = fake.artworkCount();
    int id = fake.addNewArtwork();
    assertThat(id).isEqualTo(before + 1);
    String r18 = http.get("ajax/illust/" + id).body().get("xRestrict").asInt() > 0 ? "true" : "false";
    JsonNode newest = http.get("ajax/illust/new?lastId=0&limit=1&r18=" + r18).body().get("illusts");
    assertThat(newest.get(0).get("id").asText()).isEqualTo(String.valueOf(id));
    assertThat(http.get("ajax/illust/" + id).status()).isEqualTo(200);
    assertThat(http.get("ajax/user/" + http.get("ajax/illust/" + id).body().get("userId").asText() + "/works/latest")
        .body().get("illusts").has(String.valueOf(id))).isTrue();
  }
}
