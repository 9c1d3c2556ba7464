package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every GET endpoint of the reference (and the later ones) answers 200 with pixiv's envelope. */
class FakePixivRoutesTest extends FakePixivTestBase {
  @ParameterizedTest
  @ValueSource(strings = {
    "ajax/top/illust?mode=all",
    "ajax/user/9", "ajax/user/9?full=1", "ajax/user/9/profile/all", "ajax/user/9/profile/top",
    "ajax/user/9/profile/illusts?ids%5B%5D=1&ids%5B%5D=2&work_category=illustManga&is_first_page=1",
    "ajax/user/9/following?offset=0&limit=3&rest=show", "ajax/user/9/followers?offset=0&limit=3",
    "ajax/user/9/works/latest", "ajax/user/1/illusts/bookmarks?tag=&offset=0&limit=3&rest=show",
    "ajax/user/1/illusts/bookmark/tags", "ajax/user/9/illusts/tag?tag=%E5%8E%9F%E7%A5%9E&offset=0&limit=3",
    "ajax/sketch/live/following", "ajax/user/extra", "ajax/follow_latest/illust?mode=all&p=1",
    "ajax/watch_list/manga?p=1", "ajax/mypixiv_latest/illust?p=1",
    "ajax/dashboard/home", "ajax/dashboard/settings", "ajax/dashboard/works/illust/request_strategy",
    "ajax/illust/100", "ajax/illusts/comments/roots?illust_id=100&offset=0&limit=3", "ajax/illust/100/pages",
    "ajax/illust/100/recommend/init?limit=2", "ajax/illust/recommend/illusts?illust_ids%5B%5D=5&illust_ids%5B%5D=6",
    "ajax/search/tags/%E5%8E%9F%E7%A5%9E", "ajax/stories/tag_stories?tag=%E5%8E%9F%E7%A5%9E",
    "ajax/search/top/%E5%8E%9F%E7%A5%9E",
    "ajax/search/artworks/%E5%8E%9F%E7%A5%9E?word=%E5%8E%9F%E7%A5%9E&type=all&order=date_d&mode=all&s_mode=s_tag_full",
    "ajax/search/illustrations/%E5%8E%9F%E7%A5%9E?word=%E5%8E%9F%E7%A5%9E&type=illust_and_ugoira&order=date&mode=safe",
    "ajax/search/manga/%E5%8E%9F%E7%A5%9E?word=%E5%8E%9F%E7%A5%9E&type=manga&order=popular_d&mode=all&p=2",
    "ajax/commission/page/request", "ajax/commission/page/request/complete/illust?mode=all&p=1",
    "ajax/commission/page/request/complete/manga?mode=all&p=1", "ajax/commission/page/request/creators/ugoira?mode=all&p=1",
    "ajax/commission/page/request/in_progress/all?mode=all&p=1", "ajax/commission/page/request/in_progress/manga?mode=all&p=1",
    "ajax/discovery/artworks?mode=all&limit=3", "ajax/discovery/users?limit=3", "ajax/discovery/artworks/meta?mode=all",
    "ajax/discovery/users/meta", "ajax/illust/new?lastId=0&limit=20&type=illust&r18=false", "ajax/webpush",
    "ajax/notification", "ajax/linked_service/tumeng",
    "ajax/illusts/comments/replies?comment_id=100001&page=1",
    "ajax/user/9/illusts/bookmark/tags", "ajax/settings/self", "ajax/tags/frequent/illust?ids%5B%5D=1&ids%5B%5D=2"
  })
  void answersWithTheEnvelope(String path) {
    Http.Response r = http.login(path);
    assertThat(r.status()).as(path + ": " + r.text()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode json = r.json();
    assertThat(json.get("error").asBoolean()).isFalse();
    assertThat(json.get("message").asText()).isEmpty();
    assertThat(json.has("body")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ranking.php?format=json&mode=weekly&content=illust&p=1", "ranking.php?format=json&mode=daily_r18"})
  void rankingHasNoEnvelope(String path) {
    JsonNode json = http.login(path).json();
    assertThat(json.has("body")).isFalse();
    assertThat(json.get("contents")).hasSize(Rankings.PER_PAGE);
  }

  @org.junit.jupiter.api.Test
  void laterEndpointsAnswerToo() {
    FakeData data = new FakeData(fake.options().seed());
    long ugoira = 1;
    while (data.type(ugoira) != FakeData.UGOIRA) {
      ugoira++;
    }
    assertThat(http.get("ajax/illust/" + ugoira + "/ugoira_meta").body().get("frames").size()).isPositive();
    assertThat(http.get("ajax/illust/1/ugoira_meta").status()).isIn(200, 400);
    assertThat(http.get("ajax/illust/unlisted/" + data.unlistedId(77)).body().get("id").asText()).isEqualTo("77");
    assertThat(http.get("ajax/illust/unlisted/ulzzzz").status()).isEqualTo(404);
    int series = 0;
    for (int u = 1; series == 0; u++) {
      series = data.seriesOfUser(u);
    }
    JsonNode page = http.get("ajax/series/" + series + "?p=1").body();
    assertThat(page.get("page").get("series").size()).isPositive();
    assertThat(page.get("illustSeries").get(0).get("id").asInt()).isEqualTo(series);
  }
}
