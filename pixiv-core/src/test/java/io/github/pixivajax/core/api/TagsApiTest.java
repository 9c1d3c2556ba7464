package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.tag.SearchSuggestion;
import io.github.pixivajax.core.model.tag.TagCandidate;
import io.github.pixivajax.core.model.tag.TagCandidates;
import io.github.pixivajax.core.model.tag.UserTag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TagsApiTest extends MockPixivTest {
  private static final String PIXIV = "https://www.pixiv.net/";

  private TagsApi api() {
    return client.tags();
  }

  private void enqueueFixture(String name) {
    enqueueJson(Fixtures.resource("pixiv/follow/" + name));
  }

  @Test
  void searchSuggestionDecodesTagGroupsTranslationsAndThumbnails() throws Exception {
    enqueueFixture("search-suggestion.json");
    SearchSuggestion s = api().searchSuggestion(ContentMode.ALL).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/search/suggestion", Map.of("mode", "all"), PIXIV);
    assertThat(s.popularTags().illust()).extracting(SearchSuggestion.SuggestedTag::tag).containsExactly("原神", "ブルーアーカイブ");
    assertThat(s.popularTags().illust().get(0).ids()).containsExactly("118246735", "118245101");
    assertThat(s.popularTags().novel()).extracting(SearchSuggestion.SuggestedTag::tag).containsExactly("夢小説");
    assertThat(s.recommendTags().illust().get(0).ids()).containsExactly("118243318", "118242009");
    assertThat(s.recommendByTags().illust().get(0).tag()).isEqualTo("風景");
    assertThat(s.recommendByTags().novel()).isEmpty();
    assertThat(s.myFavoriteTags()).containsExactly("猫", "オリジナル");
    assertThat(s.translate("原神", "en")).hasValue("Genshin Impact");
    assertThat(s.translate("風景", "romaji")).hasValue("fuukei");
    assertThat(s.thumbnails()).hasSize(2);
    assertThat(s.thumbnails().get(0).id()).isEqualTo("118246735");
    assertThat(s.thumbnails().get(0).userName()).isEqualTo("しろくま工房");
    assertThat(s.thumbnails().get(0).illustType()).isEqualTo(IllustType.ILLUST);
    assertThat(s.thumbnails().get(1).pageCount()).isEqualTo(2);
    assertThat(s.thumbnails().get(1).createDate()).isEqualTo(OffsetDateTime.parse("2024-05-01T21:30:00+09:00"));
  }

  @Test
  void searchSuggestionSendsR18Mode() throws Exception {
    enqueueJson("{\"error\":false,\"message\":\"\",\"body\":[]}");
    SearchSuggestion s = api().searchSuggestion(ContentMode.R18).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/search/suggestion", Map.of("mode", "r18"), PIXIV);
    assertThat(s.popularTags().illust()).isEmpty();
    assertThat(s.thumbnails()).isEmpty();
  }

  @Test
  void suggestByWordSendsWordAndCountedTypeAndDecodesCounts() throws Exception {
    enqueueFixture("suggest-by-word.json");
    TagCandidates c = api().suggestByWord("原神", TagContentType.ILLUST).blockingGet();

    RecordedRequest r = takeRequest();
    assertRequest(r, "GET", "/ajax/tags/suggest_by_word", Map.of("word", "原神", "content_types_to_count[]", "illust"), PIXIV);
    assertThat(c.candidates()).extracting(TagCandidate::tagName).containsExactly("原神", "原神10000users入り", "原神イラコン");
    TagCandidate first = c.candidates().get(0);
    assertThat(first.tagTranslation()).isEqualTo("Genshin Impact");
    assertThat(first.illustCount()).isEqualTo(2_381_945L);
    assertThat(first.totalCount()).isEqualTo(2_613_311L);
    assertThat(first.type()).isEqualTo("prefix");
    assertThat(c.candidates().get(2).tagTranslation()).isNull();
    assertThat(c.candidates().get(2).type()).isNull();
  }

  @Test
  void autocompleteReadsTheUnwrappedCandidates() throws Exception {
    enqueueFixture("cps.json");
    TagCandidates c = api().autocomplete("らき☆すた").blockingGet();

    assertRequest(takeRequest(), "GET", "/rpc/cps.php", Map.of("keyword", "らき☆すた"), PIXIV);
    assertThat(c.candidates()).hasSize(3);
    TagCandidate top = c.candidates().get(0);
    assertThat(top.tagName()).isEqualTo("らき☆すた");
    assertThat(top.accessCount()).isEqualTo(68_286_498L);
    assertThat(top.tagTranslation()).isEqualTo("幸运星");
    assertThat(top.type()).isEqualTo("tag_translation");
    assertThat(c.candidates().get(1).tagTranslation()).isNull();
    assertThat(c.candidates().get(2).accessCount()).isEqualTo(30_091L);
  }

  @Test
  void autocompleteErrorOutsideTheEnvelopeIsPixivsError() {
    enqueueJson("{\"error\":true,\"message\":\"不正なリクエストです。\"}");
    Throwable t = catchThrowable(() -> api().autocomplete("x").blockingGet());
    assertThat(t).isExactlyInstanceOf(PixivApiException.class);
    assertThat(((PixivApiException) t).pixivMessage()).isEqualTo("不正なリクエストです。");
  }

  @Test
  void userIllustTagsDecodeCountsAndBothTranslationShapes() throws Exception {
    enqueueFixture("user-illusts-tags.json");
    List<UserTag> tags = api().userIllustTags(2188232).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/user/2188232/illusts/tags", Map.of(), "https://www.pixiv.net/users/2188232");
    assertThat(tags).extracting(UserTag::tag).containsExactly("オリジナル", "女の子", "風景");
    assertThat(tags).extracting(UserTag::count).containsExactly(128, 57, 12);
    assertThat(tags.get(0).tagTranslation()).isEqualTo("original");
    assertThat(tags.get(2).translation()).containsEntry("en", "scenery").containsEntry("romaji", "fuukei");
    assertThat(tags.get(0).translation()).isEmpty();
  }

  @Test
  void userNovelTagsUseTheNovelPath() throws Exception {
    enqueueFixture("user-novels-tags.json");
    List<UserTag> tags = api().userNovelTags(48233910).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/user/48233910/novels/tags", Map.of(), "https://www.pixiv.net/users/48233910");
    assertThat(tags).extracting(UserTag::count).containsExactly(9, 3);
    assertThat(tags.get(1).tagTranslation()).isEqualTo("dream novel");
  }

  @Test
  void badInputFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> api().suggestByWord(" ", TagContentType.ILLUST)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("word is blank");
    assertThatThrownBy(() -> api().autocomplete("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyword is blank");
    assertThatThrownBy(() -> api().userIllustTags(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void autocompleteNeedsALogin() {
    try (PixivClient anonymous = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> anonymous.tags().autocomplete("a").blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
