package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Following and watching change what later GETs show; suggestions; search's page cap and ad slots. */
class FakePixivFollowTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String GENSHIN = Http.enc("原神");
  private static final int CAP = 3;
  private static FakePixiv fake;
  private static Http http;
  private static String token;

  @BeforeAll
  static void start() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).searchPageCap(CAP).build());
    http = new Http(fake);
    token = fake.csrfToken(FakePixiv.DEMO_SESSION);
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static boolean followed(int u) {
    return http.login("ajax/user/" + u).body().get("isFollowed").asBoolean();
  }

  private static List<String> following(String rest) {
    List<String> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 100) {
      JsonNode users = http.login("ajax/user/1/following?offset=" + offset + "&limit=100&rest=" + rest).body().get("users");
      users.forEach(u -> ids.add(u.get("userId").asText()));
      if (users.size() < 100) {
        return ids;
      }
    }
  }

  private static int firstUser(boolean followedNow) {
    for (int u = 2; u <= 600; u++) {
      if (followed(u) == followedNow) {
        return u;
      }
    }
    throw new AssertionError("no such user");
  }

  private static Http.Response post(String path, String form) {
    return http.post(path, Http.DEMO_COOKIE, token, FORM, form);
  }

  @Test
  void followUnfollowAndVisibilityShowInTheFollowingLists() {
    int u = firstUser(false);
    Http.Response add = post("bookmark_add.php", "mode=add&type=user&user_id=" + u + "&tag=&restrict=1&format=json");
    assertThat(add.status()).isEqualTo(200);
    assertThat(add.text()).isEqualTo("[]");
    assertThat(followed(u)).isTrue();
    assertThat(following("hide")).contains(String.valueOf(u));
    assertThat(following("show")).doesNotContain(String.valueOf(u));

    Http.Response visible = post("rpc/index.php", "mode=following_user_restrict_change&user_id=" + u + "&restrict=0");
    assertThat(visible.json().get("error").asBoolean()).isFalse();
    assertThat(following("show")).contains(String.valueOf(u));

    Http.Response del = post("rpc_group_setting.php", "mode=del&type=bookuser&id=" + u);
    assertThat(del.json().get("id").asText()).isEqualTo(String.valueOf(u));
    assertThat(followed(u)).isFalse();
    assertThat(following("show")).doesNotContain(String.valueOf(u));
  }

  @Test
  void followWritesCheckTheirFormAndTheCsrfToken() {
    assertThat(post("bookmark_add.php", "mode=add&type=user&user_id=1&tag=&restrict=0&format=json").status())
        .as("following oneself").isEqualTo(400);
    assertThat(post("bookmark_add.php", "mode=add&type=user&user_id=601&restrict=0").status()).isEqualTo(400);
    assertThat(post("bookmark_add.php", "mode=add&type=user&user_id=2&restrict=2").status()).isEqualTo(400);
    assertThat(post("rpc_group_setting.php", "mode=add&type=bookuser&id=2").status()).isEqualTo(400);
    assertThat(http.post("bookmark_add.php", Http.DEMO_COOKIE, null, FORM, "mode=add&type=user&user_id=2&restrict=0").status())
        .isEqualTo(400);
    assertThat(http.post("bookmark_add.php", null, token, FORM, "mode=add&type=user&user_id=2&restrict=0").status())
        .isEqualTo(401);
    int notFollowed = firstUser(false);
    assertThat(post("rpc/index.php", "mode=following_user_restrict_change&user_id=" + notFollowed + "&restrict=1").status())
        .isEqualTo(400);
  }

  @Test
  void watchingASeriesShowsInTheWatchList() {
    JsonNode series = http.login("ajax/user/" + seriesAuthor() + "/profile/all").body().get("mangaSeries");
    String id = series.get(0).get("id").asText();
    Http.Response on = http.post("ajax/illust/series/" + id + "/watch", Http.DEMO_COOKIE, token, "application/json", "{}");
    assertThat(on.status()).isEqualTo(200);
    assertThat(on.body().isObject()).isTrue();
    assertThat(watchList()).contains(id);
    http.post("ajax/illust/series/" + id + "/unwatch", Http.DEMO_COOKIE, token, "application/json", "{}");
    assertThat(watchList()).doesNotContain(id);
    assertThat(http.post("ajax/illust/series/" + id + "/watchlist/notification/turn_on", Http.DEMO_COOKIE, token,
        "application/json", "{}").status()).isEqualTo(200);
    assertThat(http.post("ajax/illust/series/3/watch", Http.DEMO_COOKIE, token, "application/json", "{}").status())
        .isEqualTo(404);
  }

  private static int seriesAuthor() {
    for (int u = 2; u <= 600; u++) {
      if (http.get("ajax/user/" + u + "/profile/all").body().get("mangaSeries").size() > 0) {
        return u;
      }
    }
    throw new AssertionError("no series");
  }

  private static List<String> watchList() {
    List<String> ids = new ArrayList<>();
    for (int p = 1; ; p++) {
      JsonNode page = http.login("ajax/watch_list/manga?p=" + p).body().get("page");
      page.get("watchedSeriesIds").forEach(n -> ids.add(n.asText()));
      if (p >= page.get("maxPage").asInt()) {
        return ids;
      }
    }
  }

  @Test
  void searchAnswersTheCapPageBeyondTheCapAndMixesInAnAdSlot() {
    String path = "ajax/search/artworks/" + GENSHIN + "?word=" + GENSHIN + "&order=date_d&mode=all&p=";
    JsonNode capPage = http.get(path + CAP).body().get("illustManga");
    JsonNode beyond = http.get(path + (CAP + 7)).body().get("illustManga");
    assertThat(capPage.get("lastPage").asInt()).isEqualTo(CAP);
    assertThat(capPage.get("total").asInt()).isGreaterThan(CAP * 60);
    assertThat(beyond.get("data")).isEqualTo(capPage.get("data"));

    JsonNode data = http.get(path + 1).body().get("illustManga").get("data");
    assertThat(data).hasSize(61);
    List<JsonNode> ads = new ArrayList<>();
    data.forEach(w -> {
      if (w.path("isAdContainer").asBoolean()) {
        ads.add(w);
      }
    });
    assertThat(ads).hasSize(1);
    assertThat(ads.get(0).has("id")).isFalse();
  }

  @Test
  void suggestionsCompletionAndUserTags() {
    JsonNode s = http.get("ajax/search/suggestion?mode=all").body();
    assertThat(s.get("popularTags").get("illust")).isNotEmpty();
    JsonNode firstTag = s.get("popularTags").get("illust").get(0);
    assertThat(firstTag.get("ids")).isNotEmpty();
    List<String> thumbnailIds = new ArrayList<>();
    s.get("thumbnails").forEach(t -> thumbnailIds.add(t.get("id").asText()));
    assertThat(thumbnailIds).contains(firstTag.get("ids").get(0).asText());

    JsonNode byWord = http.get("ajax/tags/suggest_by_word?word=" + GENSHIN + "&content_types_to_count%5B%5D=illust").body();
    JsonNode first = byWord.get("candidates").get(0);
    assertThat(first.get("tag_name").asText()).isEqualTo("原神");
    assertThat(first.get("illust_count").asInt()).isGreaterThan(1000);

    assertThat(http.get("rpc/cps.php?keyword=" + GENSHIN).status()).isEqualTo(401);
    JsonNode cps = http.login("rpc/cps.php?keyword=" + GENSHIN).json();
    assertThat(cps.has("error")).as("no envelope").isFalse();
    assertThat(cps.get("candidates").get(0).get("access_count").isTextual()).isTrue();

    JsonNode tags = http.get("ajax/user/2/illusts/tags").body();
    assertThat(tags).isNotEmpty();
    assertThat(tags.get(0).get("cnt").asInt()).isGreaterThanOrEqualTo(tags.get(tags.size() - 1).get("cnt").asInt());
    assertThat(http.get("ajax/user/2/novels/tags").body()).isEmpty();
    assertThat(http.get("ajax/user/9999/illusts/tags").status()).isEqualTo(404);
  }
}
