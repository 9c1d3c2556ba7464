package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.examples.fake.RecordedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each CLI option changes what is sent to pixiv: the fake pixiv records the requests. */
class CliOptionsTest {
  static FakePixiv fake;

  @BeforeAll
  static void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  /** Runs the CLI against the fake, logged in, and returns the requests it made. */
  static List<RecordedRequest> sent(String... args) {
    int before = fake.recordedRequests().size();
    List<String> all = new ArrayList<>(List.of("--base-url", fake.baseUrl(), "--session", FakePixiv.DEMO_SESSION,
        "--rate", "0", "--format", "jsonl"));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    if (code != 0) {
      System.out.println("exit " + code + " of " + List.of(args) + ": " + err);
    }
    List<RecordedRequest> made = fake.recordedRequests();
    return made.subList(before, made.size());
  }

  /** The one request sent to {@code path}. */
  static RecordedRequest only(String path, List<RecordedRequest> sent) {
    assertThat(sent).as("requests").extracting(RecordedRequest::path).contains(path);
    return sent.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void searchSendsEveryFilterUnderItsOwnName() {
    RecordedRequest r = only("/ajax/search/artworks/猫", sent("search", "artworks", "猫", "--order", "popular_d",
        "--mode", "safe", "--s-mode", "s_tc", "--type", "all", "--wlt", "100", "--wgt", "200", "--hlt", "300",
        "--hgt", "400", "--ratio", "0.5", "--tool", "Photoshop", "--scd", "2024-01-01", "--ecd", "2024-02-01",
        "--blt", "10", "--bgt", "20", "--limit", "1"));
    assertThat(r.query()).containsEntry("word", List.of("猫")).containsEntry("order", List.of("popular_d"))
        .containsEntry("mode", List.of("safe")).containsEntry("s_mode", List.of("s_tc"))
        .containsEntry("type", List.of("all"))
        .containsEntry("wlt", List.of("100")).containsEntry("wgt", List.of("200"))
        .containsEntry("hlt", List.of("300")).containsEntry("hgt", List.of("400"))
        .containsEntry("ratio", List.of("0.5")).containsEntry("tool", List.of("Photoshop"))
        .containsEntry("scd", List.of("2024-01-01")).containsEntry("ecd", List.of("2024-02-01"))
        .containsEntry("blt", List.of("10")).containsEntry("bgt", List.of("20"))
        .containsEntry("p", List.of("1"));
  }

  @Test
  void searchWithoutFiltersSendsNone() {
    RecordedRequest r = only("/ajax/search/artworks/猫", sent("search", "artworks", "猫", "--limit", "1"));
    assertThat(r.query()).doesNotContainKeys("order", "wlt", "wgt", "hlt", "hgt", "ratio", "tool", "scd", "ecd", "blt", "bgt", "work_lang");
  }

  @Test
  void mangaSearchSendsLangAndOrder() {
    RecordedRequest r = only("/ajax/search/manga/猫", sent("search", "manga", "猫", "--lang", "en", "--order", "date", "--limit", "1"));
    assertThat(r.query()).containsEntry("work_lang", List.of("en")).containsEntry("order", List.of("date"))
        .containsEntry("type", List.of("manga"));
  }

  @Test
  void illustrationSearchSendsType() {
    RecordedRequest r = only("/ajax/search/illustrations/猫", sent("search", "illustrations", "猫", "--type", "ugoira", "--limit", "1"));
    assertThat(r.query("type")).isEqualTo("ugoira");
  }

  @Test
  void hiddenFollowsAreAskedForWithRestHide() {
    assertThat(only("/ajax/user/1/following", sent("user", "following", "1", "--hidden", "--limit", "1")).query("rest")).isEqualTo("hide");
    assertThat(only("/ajax/user/1/following", sent("user", "following", "1", "--limit", "1")).query("rest")).isEqualTo("show");
  }

  @Test
  void bookmarksSendHiddenAndTag() {
    RecordedRequest hidden = only("/ajax/user/1/illusts/bookmarks", sent("user", "bookmarks", "1", "--hidden", "--tag", "お気に入り", "--limit", "1"));
    assertThat(hidden.query("rest")).isEqualTo("hide");
    assertThat(hidden.query("tag")).isEqualTo("お気に入り");
    RecordedRequest shown = only("/ajax/user/1/illusts/bookmarks", sent("user", "bookmarks", "1", "--limit", "1"));
    assertThat(shown.query("rest")).isEqualTo("show");
    assertThat(shown.query("tag")).isEmpty();
  }

  @Test
  void worksByTagUseTheKindInThePath() {
    RecordedRequest r = only("/ajax/user/1/manga/tag", sent("user", "works", "1", "--tag", "猫", "--kind", "manga", "--limit", "1"));
    assertThat(r.query("tag")).isEqualTo("猫");
  }

  @Test
  void bookmarkAddSendsPrivateCommentAndTags() {
    RecordedRequest r = only("/ajax/illusts/bookmarks/add", sent("bookmark", "add", "5", "--private", "--comment", "いいね", "--tag", "a", "--tag", "b"));
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.json().path("illust_id").asText()).isEqualTo("5");
    assertThat(r.json().path("restrict").asInt()).isEqualTo(1);
    assertThat(r.json().path("comment").asText()).isEqualTo("いいね");
    assertThat(r.json().path("tags").toString()).isEqualTo("[\"a\",\"b\"]");
    RecordedRequest plain = only("/ajax/illusts/bookmarks/add", sent("bookmark", "add", "6"));
    assertThat(plain.json().path("restrict").asInt()).isZero();
    assertThat(plain.json().path("tags").size()).isZero();
  }

  @Test
  void bookmarkRestrictSendsPublicOrPrivate() {
    // The fake knows no bookmark 11: the command fails, but what it sent is what matters here.
    RecordedRequest pub = only("/ajax/illusts/bookmarks/edit_restrict", sent("bookmark", "restrict", "11", "12", "--public"));
    assertThat(pub.json().path("bookmarkIds").toString()).isEqualTo("[\"11\",\"12\"]");
    assertThat(pub.json().path("bookmarkRestrict").asText()).isEqualTo("public");
    RecordedRequest priv = only("/ajax/illusts/bookmarks/edit_restrict", sent("bookmark", "restrict", "11"));
    assertThat(priv.json().path("bookmarkRestrict").asText()).isEqualTo("private");
  }

  @Test
  void bookmarkRemoveAndDeleteSendTheIds() {
    assertThat(only("/ajax/illusts/bookmarks/remove", sent("bookmark", "remove", "11", "12")).json().path("bookmarkIds").toString())
        .isEqualTo("[\"11\",\"12\"]");
    assertThat(only("/ajax/illusts/bookmarks/delete", sent("bookmark", "delete", "11")).form())
        .containsEntry("bookmark_id", List.of("11"));
  }

  @Test
  void likeSendsTheId() {
    assertThat(only("/ajax/illusts/like", sent("like", "5")).json().path("illust_id").asText()).isEqualTo("5");
  }

  @Test
  void rankingSendsModeContentAndDate() {
    RecordedRequest r = only("/ranking.php", sent("ranking", "--mode", "weekly", "--content", "manga", "--date", "2024-01-02", "--limit", "1"));
    assertThat(r.query()).containsEntry("mode", List.of("weekly")).containsEntry("content", List.of("manga"))
        .containsEntry("date", List.of("20240102")).containsEntry("format", List.of("json"));
    RecordedRequest daily = only("/ranking.php", sent("ranking", "--limit", "1"));
    assertThat(daily.query("mode")).isEqualTo("daily");
    assertThat(daily.query()).doesNotContainKeys("content", "date");
  }

  @Test
  void touchRankingSendsModeTypeAndDate() {
    RecordedRequest r = only("/touch/ajax/ranking/illust",
        sent("ranking", "--touch", "--mode", "weekly", "--content", "ugoira", "--date", "2024-01-02", "--limit", "1"));
    assertThat(r.query()).containsEntry("mode", List.of("weekly")).containsEntry("type", List.of("ugoira"))
        .containsEntry("date", List.of("20240102"));
  }

  @Test
  void feedsSendTheirMode() {
    assertThat(only("/ajax/top/illust", sent("feed", "top", "--mode", "r18")).query("mode")).isEqualTo("r18");
    assertThat(only("/ajax/follow_latest/illust", sent("feed", "follow-latest", "--mode", "r18", "--limit", "1")).query("mode"))
        .isEqualTo("r18");
    assertThat(only("/ajax/discovery/artworks", sent("feed", "discovery-artworks", "--mode", "safe", "--limit", "1")).query("mode"))
        .isEqualTo("safe");
    assertThat(only("/ajax/top/illust", sent("feed", "top")).query("mode")).isEqualTo("all");
  }

  @Test
  void newWorksSendTypeAndR18() {
    RecordedRequest r = only("/ajax/illust/new", sent("feed", "new-illusts", "--type", "manga", "--r18", "--limit", "1"));
    assertThat(r.query()).containsEntry("type", List.of("manga")).containsEntry("r18", List.of("true"))
        .containsEntry("lastId", List.of("0"));
    assertThat(only("/ajax/illust/new", sent("feed", "new-illusts", "--limit", "1")).query("r18")).isEqualTo("false");
  }

  @Test
  void tumengStreamStartsAtPageOne() {
    assertThat(only("/ajax/linked_service/tumeng", sent("feed", "tumeng", "--limit", "1")).query("page")).isEqualTo("1");
  }

  @Test
  void requestsSendTypeInThePathAndMode() {
    assertThat(only("/ajax/commission/page/request/in_progress/manga",
        sent("requests", "in-progress", "--type", "manga", "--mode", "safe", "--limit", "1")).query("mode")).isEqualTo("safe");
    assertThat(only("/ajax/commission/page/request/complete/ugoira",
        sent("requests", "complete", "--type", "ugoira", "--mode", "r18", "--limit", "1")).query("mode")).isEqualTo("r18");
    assertThat(only("/ajax/commission/page/request/creators/manga",
        sent("requests", "creators", "--type", "manga", "--limit", "1")).query("mode")).isEqualTo("all");
  }
}
