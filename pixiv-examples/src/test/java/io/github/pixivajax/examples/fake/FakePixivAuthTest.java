package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Errors the way pixiv sends them: 404 for unknown ids, 401 without a session, 400 for a bad CSRF token. */
class FakePixivAuthTest extends FakePixivTestBase {
  private static final Pattern NEXT_DATA = Pattern.compile("<script id=\"__NEXT_DATA__\" type=\"application/json\">(.*?)</script>");
  private static final String JSON = "application/json";

  private static void assertError(Http.Response r, int status, String message) {
    assertThat(r.status()).isEqualTo(status);
    JsonNode json = r.json();
    assertThat(json.get("error").asBoolean()).isTrue();
    assertThat(json.get("message").asText()).isEqualTo(message);
    assertThat(json.get("body").isArray()).isTrue();
    assertThat(json.get("body")).isEmpty();
  }

  @Test
  void unknownIdsAre404WithPixivsEnvelope() {
    String message = "Work has been deleted or the ID does not exist.";
    assertError(http.get("ajax/illust/" + (fake.artworkCount() + 1)), 404, message);
    assertError(http.get("ajax/illust/0"), 404, message);
    assertError(http.get("ajax/illust/abc/pages"), 404, message);
    assertError(http.get("ajax/user/999999"), 404, message);
    assertError(http.login("ajax/user/999999/following?offset=0&limit=3"), 404, message);
  }

  @Test
  void loginOnlyEndpointsAre401WithoutASession() {
    for (String path : new String[] {"ajax/follow_latest/illust?mode=all&p=1", "ajax/top/illust?mode=all",
        "ajax/user/extra", "ajax/user/1/following?offset=0&limit=3", "ajax/discovery/artworks?limit=3"}) {
      Http.Response anonymous = http.get(path);
      assertThat(anonymous.status()).as(path).isEqualTo(401);
      assertThat(anonymous.json().get("error").asBoolean()).isTrue();
      assertThat(http.get(path, "PHPSESSID=not-a-session").status()).as(path).isEqualTo(401);
      assertThat(http.get(path, "a=b; " + Http.DEMO_COOKIE + "; c=d").status()).as(path).isEqualTo(200);
    }
    assertThat(http.get("ajax/illust/1").status()).isEqualTo(200);
  }

  private static JsonNode preloadedState(@Nullable String cookie) throws Exception {
    Http.Response page = http.get("", cookie);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    Matcher m = NEXT_DATA.matcher(page.text());
    assertThat(m.find()).isTrue();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode serialized = mapper.readTree(m.group(1)).path("props").path("pageProps").path("serverSerializedPreloadedState");
    assertThat(serialized.isTextual()).as("serverSerializedPreloadedState is a JSON string").isTrue();
    return mapper.readTree(serialized.asText());
  }

  @Test
  void theTopPageCarriesTheTokenAndTheUser() throws Exception {
    JsonNode state = preloadedState(Http.DEMO_COOKIE);
    assertThat(state.path("api").path("token").asText()).matches("[0-9a-f]{32}");
    assertThat(state.path("userData").path("self").path("id").asText()).isEqualTo("1");
    JsonNode anonymous = preloadedState(null);
    assertThat(anonymous.path("userData").path("self").isNull()).isTrue();
  }

  @Test
  void postsNeedTheSessionsCsrfToken() throws Exception {
    String token = preloadedState(Http.DEMO_COOKIE).path("api").path("token").asText();
    String like = "{\"illust_id\":\"42\"}";
    assertError(http.post("ajax/illusts/like", Http.DEMO_COOKIE, "0123456789abcdef0123456789abcdef", JSON, like), 400, "Invalid token");
    assertError(http.post("ajax/illusts/like", Http.DEMO_COOKIE, null, JSON, like), 400, "Invalid token");
    assertThat(http.post("ajax/illusts/like", null, token, JSON, like).status()).isEqualTo(401);
    Http.Response ok = http.post("ajax/illusts/like", Http.DEMO_COOKIE, token, JSON, like);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body().get("is_liked").asBoolean()).isTrue();
    assertThat(http.login("ajax/illust/42").body().get("likeData").asBoolean()).isTrue();
  }

  @Test
  void bookmarksCanBeAddedMadePrivateAndDeleted() throws Exception {
    String token = preloadedState(Http.DEMO_COOKIE).path("api").path("token").asText();
    long id = 11_111;
    while (!http.login("ajax/illust/" + id).body().get("bookmarkData").isNull()) {
      id++;
    }
    String list = "ajax/user/1/illusts/bookmarks?tag=&offset=0&limit=1&rest=";
    int before = http.login(list + "show").body().get("total").asInt();
    Http.Response added = http.post("ajax/illusts/bookmarks/add", Http.DEMO_COOKIE, token, JSON,
        "{\"illust_id\":\"" + id + "\",\"restrict\":0,\"comment\":\"\",\"tags\":[]}");
    assertThat(added.status()).isEqualTo(200);
    String bookmarkId = added.body().get("last_bookmark_id").asText();
    JsonNode shown = http.login(list + "show").body();
    assertThat(shown.get("total").asInt()).isEqualTo(before + 1);
    assertThat(shown.get("works").get(0).get("id").asLong()).isEqualTo(id);
    assertThat(shown.get("works").get(0).get("bookmarkData").get("id").asText()).isEqualTo(bookmarkId);

    assertThat(http.post("ajax/illusts/bookmarks/edit_restrict", Http.DEMO_COOKIE, token, JSON,
        "{\"bookmarkIds\":[\"" + bookmarkId + "\"],\"bookmarkRestrict\":\"private\"}").status()).isEqualTo(200);
    assertThat(http.login(list + "hide").body().get("works").get(0).get("id").asLong()).isEqualTo(id);
    assertThat(http.login(list + "show").body().get("total").asInt()).isEqualTo(before);

    assertThat(http.post("ajax/illusts/bookmarks/delete", Http.DEMO_COOKIE, token,
        "application/x-www-form-urlencoded", "bookmark_id=" + bookmarkId).status()).isEqualTo(200);
    assertThat(http.login("ajax/illust/" + id).body().get("bookmarkData").isNull()).isTrue();
    assertThat(http.post("ajax/illusts/bookmarks/remove", Http.DEMO_COOKIE, token, JSON,
        "{\"bookmarkIds\":[\"" + bookmarkId + "\"]}").status()).isEqualTo(400);
  }
}
