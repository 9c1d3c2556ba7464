package io.github.pixivajax.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.internal.PixivJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedTest {
  record Ids(List<String> ids, boolean isLastPage) {}

  @Test
  void storeResolvesPageIdsToArtworksInPageOrder() throws Exception {
    JsonNode body = PixivJson.mapper().readTree(Fixtures.seedBytes("ajax/follow_latest/illust_mode_all_p_1.json")).get("body");
    Feed<Ids> feed = PixivJson.mapper().readerFor(new TypeReference<Feed<Ids>>() {}).readValue(body);
    assertThat(feed.page().ids()).hasSize(60);
    List<ArtworkThumbnail> works = feed.artworks(feed.page().ids());
    assertThat(works).hasSize(60);
    assertThat(works.get(0).id()).isEqualTo(feed.page().ids().get(0));
    assertThat(feed.artwork(feed.page().ids().get(3))).contains(works.get(3));
    assertThat(feed.tagTranslation()).isNotEmpty();
    assertThat(feed.other()).containsKey("zoneConfig");
  }

  @Test
  void storeResolvesUsersRequestsAndTranslations() throws Exception {
    JsonNode body = PixivJson.mapper().readTree(Fixtures.seedBytes("ajax/top/illust.json")).get("body");
    Feed<Map<String, Object>> feed = PixivJson.mapper().readerFor(new TypeReference<Feed<Map<String, Object>>>() {}).readValue(body);
    assertThat(feed.artworks()).hasSize(719);
    assertThat(feed.thumbnails().novel()).hasSize(40);
    assertThat(feed.users()).hasSize(33);
    assertThat(feed.user("27557").map(UserSummary::name)).contains("かんざきひろ");
    assertThat(feed.request("96515").map(CommissionRequest::creatorUserId)).contains("71723824");
    assertThat(feed.translate("おっぱい", "romaji")).contains("oppai");
    assertThat(feed.artwork("100541108").get().urls()).containsKey("540x540");
    assertThat(feed.users(List.of("27557", "nope"))).hasSize(1);
  }

  @Test
  void discoveryUsesRecommendedIllustsAsItsPage() throws Exception {
    JsonNode body = PixivJson.mapper().readTree(Fixtures.seedBytes("ajax/discovery/artworks_mode_all_limit_3.json")).get("body");
    Feed<List<Map<String, Object>>> feed = PixivJson.mapper().readerFor(new TypeReference<Feed<List<Map<String, Object>>>>() {}).readValue(body);
    assertThat(feed.page()).hasSize(3);
    assertThat(feed.artworks()).hasSize(3);
  }
}
