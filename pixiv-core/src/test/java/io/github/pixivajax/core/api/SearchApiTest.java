package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.search.SearchPage;
import io.github.pixivajax.core.model.search.SearchResult;
import io.github.pixivajax.core.model.search.TagInfo;
import io.github.pixivajax.core.model.search.TagStories;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchApiTest extends MockPixivTest {
  private static final String WORD = "原神";
  private static final String PIXIV = "https://www.pixiv.net/";
  private static final String ARTWORKS = "ajax/search/artworks/原神_word_原神_type_all_order_date_d_mode_all_s_mode_s_tag_full.json";
  private static final String ILLUSTRATIONS =
      "ajax/search/illustrations/原神_word_原神_type_illust_and_ugoira_order_date_d_mode_all_s_mode_s_tag_full.json";
  private static final String MANGA = "ajax/search/manga/原神_word_原神_type_manga_order_date_d_mode_all_s_mode_s_tag_full.json";

  /** The reference's example query: date order, all ages and R-18, exact tag match. */
  private static SearchQuery.Builder example() {
    return SearchQuery.builder(WORD).order(SearchOrder.DATE_DESC).mode(ContentMode.ALL).sMode(SearchMode.S_TAG_FULL);
  }

  private static Map<String, String> exampleQuery(String type) {
    return Map.of("word", WORD, "type", type, "order", "date_d", "mode", "all", "s_mode", "s_tag_full");
  }

  @Test
  void topDecodesSeedCapture() throws Exception {
    enqueueSeed("ajax/search/top/原神.json");
    SearchResult r = client.search().top(WORD).blockingGet();

    RecordedRequest req = takeRequest();
    assertRequest(req, "GET", "/ajax/search/top/原神", Map.of(), PIXIV);
    assertThat(req.getPath()).isEqualTo("/ajax/search/top/%E5%8E%9F%E7%A5%9E");
    assertTopResult(r);
  }

  @Test
  void artworksDecodesSeedCapture() throws Exception {
    // pixiv's reference captured the top page's body for this URL, so it has the same blocks.
    enqueueSeed(ARTWORKS);
    SearchResult r = client.search().artworks(example().build()).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/search/artworks/原神", exampleQuery("all"), PIXIV);
    assertTopResult(r);
  }

  private static void assertTopResult(SearchResult r) {
    assertThat(r.illustManga()).isNull();
    assertThat(r.illust().total()).isEqualTo(176338);
    assertThat(r.works()).isSameAs(r.illust());
    ArtworkThumbnail first = r.illust().data().get(0);
    assertThat(r.illust().data()).hasSize(23);
    assertThat(first.id()).isEqualTo("100727110");
    assertThat(first.title()).isEqualTo("【ｹﾞﾝｼﾝ】北斗の剣");
    assertThat(first.userName()).isEqualTo("令和の乳トン：やっさん");
    assertThat(first.createDate()).isEqualTo(OffsetDateTime.parse("2022-08-24T15:35:54+09:00"));
    assertThat(r.manga().total()).isEqualTo(4707);
    assertThat(r.manga().data()).hasSize(24);
    assertThat(r.manga().data().get(0).illustType()).isEqualTo(IllustType.MANGA);
    assertThat(r.manga().data().get(0).pageCount()).isEqualTo(5);
    assertThat(r.novel().total()).isEqualTo(6760);
    assertThat(r.novel().data()).hasSize(8);
    assertThat(r.novel().data().get(0).id()).isEqualTo("18221091");
    assertThat(r.novel().data().get(0).title()).isEqualTo("目覚め、余韻");
    assertThat(r.novel().data().get(0).textCount()).isEqualTo(1390);
    assertThat(r.novel().data().get(1).seriesTitle()).isEqualTo("基于可莉被打屁股的故事");
    assertThat(r.popular().recent()).hasSize(7);
    assertThat(r.popular().recent().get(0).id()).isEqualTo("100540913");
    assertThat(r.popular().permanent()).extracting(ArtworkThumbnail::id).startsWith("85085701", "84602943");
    assertThat(r.popular().permanent().get(0).width()).isEqualTo(2894);
    assertThat(r.relatedTags()).hasSize(16).startsWith("GenshinImpact", "漫画");
    assertThat(r.tagTranslation()).isEmpty();
    assertThat(r.extraData().meta().canonical()).isEqualTo("https://www.pixiv.net/tags/%E5%8E%9F%E7%A5%9E");
    assertThat(r.extraData().meta().alternateLanguages()).containsEntry("en", "https://www.pixiv.net/en/tags/%E5%8E%9F%E7%A5%9E");
    assertThat(r.other()).containsKey("zoneConfig");
  }

  @Test
  void illustrationsDecodesSeedCaptureWithoutAdSlots() throws Exception {
    enqueueSeed(ILLUSTRATIONS);
    SearchResult r = client.search().illustrations(example().build()).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/search/illustrations/原神", exampleQuery("illust_and_ugoira"), PIXIV);
    SearchPage<ArtworkThumbnail> page = r.works();
    assertThat(page).isSameAs(r.illust());
    assertThat(page.total()).isEqualTo(178526);
    // 60 entries, one of them {"isAdContainer":true}
    assertThat(page.data()).hasSize(59).allSatisfy(w -> assertThat(w.id()).isNotEmpty());
    assertThat(page.data().get(0).id()).isEqualTo("100918095");
    assertThat(page.data().get(0).title()).isEqualTo("【原神MMD】ティナリさん、神子さん その他諸々");
    assertThat(page.data().get(0).userId()).isEqualTo("15702680");
    assertThat(page.data().get(0).width()).isEqualTo(3000);
    assertThat(page.data().get(0).tags()).startsWith("原神", "GenshinImpact");
    assertThat(page.bookmarkRanges()).hasSize(8);
    assertThat(page.bookmarkRanges().get(1)).isEqualTo(new SearchPage.BookmarkRange(10000, null));
    assertThat(page.bookmarkRanges().get(0)).isEqualTo(new SearchPage.BookmarkRange(null, null));
    assertThat(r.popular().recent()).extracting(ArtworkThumbnail::title).startsWith("永劫不変の夏祭り", "Genshin concert");
    assertThat(r.relatedTags()).startsWith("GenshinImpact", "モナ(原神)");
    assertThat(r.extraData().meta().canonical()).endsWith("/illustrations");
    assertThat(r.novel()).isNull();
  }

  @Test
  void mangaDecodesSeedCaptureWithoutAdSlots() throws Exception {
    enqueueSeed(MANGA);
    SearchResult r = client.search().manga(example().p(1).build()).blockingGet();

    Map<String, String> query = new java.util.HashMap<>(exampleQuery("manga"));
    query.put("p", "1");
    assertRequest(takeRequest(), "GET", "/ajax/search/manga/原神", query, PIXIV);
    SearchPage<ArtworkThumbnail> page = r.works();
    assertThat(page).isSameAs(r.manga());
    assertThat(page.total()).isEqualTo(4764);
    assertThat(page.data()).hasSize(59);
    ArtworkThumbnail first = page.data().get(0);
    assertThat(first.id()).isEqualTo("100917621");
    assertThat(first.title()).isEqualTo("原神log7");
    assertThat(first.userName()).isEqualTo("こさめ");
    assertThat(first.pageCount()).isEqualTo(35);
    assertThat(first.illustType()).isEqualTo(IllustType.MANGA);
    assertThat(page.bookmarkRanges().get(7).min()).isEqualTo(50);
    assertThat(r.relatedTags()).startsWith("漫画", "GenshinImpact");
  }

  @Test
  void tagInfoDecodesSeedCapture() throws Exception {
    enqueueSeed("ajax/search/tags/原神.json");
    TagInfo t = client.search().tagInfo(WORD).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/search/tags/原神", Map.of(), PIXIV);
    assertThat(t.tag()).isEqualTo(WORD);
    assertThat(t.word()).isEqualTo(WORD);
    assertThat(t.pixpedia().id()).isEqualTo("93077711");
    assertThat(t.pixpedia().abstractText()).startsWith("「原神」とは、miHoYoが制作・リリースした");
    assertThat(t.pixpedia().yomigana()).isEqualTo("げんしん");
    assertThat(t.pixpedia().parentTag()).isEqualTo("ゲーム");
    assertThat(t.pixpedia().childrenTags()).containsExactly("GenshinImpact");
    assertThat(t.pixpedia().image()).endsWith("93077711_p0_master1200.jpg");
    assertThat(t.breadcrumbs().successor()).isEmpty();
    assertThat(t.myFavoriteTags()).isEmpty();
    assertThat(t.tagTranslation()).containsEntry(WORD, Map.of("romaji", "gennshinn"));
  }

  @Test
  void tagInfoDecodesBreadcrumbs() throws Exception {
    enqueueJson("{\"error\":false,\"body\":{\"tag\":\"東方Project\",\"breadcrumbs\":{\"successor\":["
        + "{\"tag\":\"同人\",\"translation\":{\"en\":\"doujin\"}}],\"current\":[]},\"myFavoriteTags\":[\"東方\"]}}");
    TagInfo t = client.search().tagInfo("東方Project").blockingGet();

    assertThat(t.breadcrumbs().successor()).containsExactly(new TagInfo.Crumb("同人", Map.of("en", "doujin")));
    assertThat(t.myFavoriteTags()).containsExactly("東方");
    assertThat(t.pixpedia()).isNull();
  }

  @Test
  void tagStoriesDecodesSeedCapture() throws Exception {
    enqueueSeed("ajax/stories/tag_stories_tag_原神.json");
    TagStories s = client.search().tagStories(WORD).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/stories/tag_stories", Map.of("tag", WORD), PIXIV);
    assertThat(s.tagStoryIds()).hasSize(140).startsWith("1952", "1938");
  }

  @ParameterizedTest
  @ValueSource(strings = {"原神", "a b", "a/b", "../etc", "a/../b", "#tag", "100%", "%2e%2e", "what?x=1&y", "c++", "...", "/"})
  void wordIsOnePathSegmentAndTheWordParameter(String word) throws Exception {
    enqueueJson("{\"error\":false,\"body\":{}}");
    client.search().artworks(SearchQuery.of(word)).blockingGet();

    HttpUrl url = takeRequest().getRequestUrl();
    assertThat(url.pathSegments()).containsExactly("ajax", "search", "artworks", word);
    assertThat(url.queryParameterNames()).containsExactly("word", "type");
    assertThat(url.queryParameter("word")).isEqualTo(word);
  }

  @Test
  void tagIsOnePathSegment() throws Exception {
    enqueueJson("{\"error\":false,\"body\":{}}");
    client.search().tagInfo("a/b?c#d").blockingGet();

    assertThat(takeRequest().getRequestUrl().pathSegments()).containsExactly("ajax", "search", "tags", "a/b?c#d");
  }

  /** URL resolution drops "." and ".." segments even percent-encoded, so they cannot be sent. */
  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void dotSegmentWordsAreRefusedBeforeAnyRequest(String word) {
    assertThatThrownBy(() -> client.search().top(word))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("word");
    assertThatThrownBy(() -> client.search().tagInfo(word)).hasMessageStartingWith("tag");
    assertThatThrownBy(() -> SearchQuery.of(word)).hasMessageStartingWith("word");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void everyFilterIsSent() throws Exception {
    enqueueJson("{\"error\":false,\"body\":{}}");
    SearchQuery q = SearchQuery.builder("猫")
        .order(SearchOrder.POPULAR_FEMALE_DESC)
        .mode(ContentMode.SAFE)
        .sMode(SearchMode.S_TC)
        .type(SearchType.MANGA)
        .width(800, 4000)
        .height(600, null)
        .ratio(-0.5)
        .tool("CLIP STUDIO PAINT")
        .dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))
        .bookmarks(100, 1000)
        .workLang("ja")
        .p(3)
        .build();
    client.search().manga(q).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/search/manga/猫", Map.ofEntries(
        Map.entry("word", "猫"), Map.entry("type", "manga"), Map.entry("order", "popular_female_d"),
        Map.entry("mode", "safe"), Map.entry("s_mode", "s_tc"), Map.entry("wlt", "800"), Map.entry("wgt", "4000"),
        Map.entry("hlt", "600"), Map.entry("ratio", "-0.5"), Map.entry("tool", "CLIP STUDIO PAINT"),
        Map.entry("scd", "2024-01-01"), Map.entry("ecd", "2024-03-31"), Map.entry("blt", "100"),
        Map.entry("bgt", "1000"), Map.entry("work_lang", "ja"), Map.entry("p", "3")), PIXIV);
  }

  @Test
  void illustrationTypeIsSentAndCheckedAgainstTheEndpoint() throws Exception {
    enqueueJson("{\"error\":false,\"body\":{}}");
    SearchQuery ugoira = SearchQuery.builder(WORD).type(SearchType.UGOIRA).build();
    client.search().illustrations(ugoira).blockingGet();
    assertRequest(takeRequest(), "GET", "/ajax/search/illustrations/原神", Map.of("word", WORD, "type", "ugoira"), PIXIV);

    assertThatThrownBy(() -> client.search().artworks(ugoira))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("type ugoira");
    assertThatThrownBy(() -> client.search().manga(ugoira)).hasMessageStartingWith("type ugoira");
    SearchQuery lang = SearchQuery.builder(WORD).workLang("ja").build();
    assertThatThrownBy(() -> client.search().illustrations(lang)).hasMessageStartingWith("work_lang");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void emptyBodyDecodesToEmptyResult() throws Exception {
    enqueueJson("{\"error\":false,\"body\":null}");
    SearchResult r = client.search().artworks(SearchQuery.of(WORD)).blockingGet();

    assertThat(r.works().data()).isEmpty();
    assertThat(r.popular().recent()).isEmpty();
    assertThat(r.extraData().meta()).isNull();
    assertThat(r.translate(WORD, "en")).isEmpty();
    assertThat(r.relatedTags()).isEqualTo(List.of());
  }
}
