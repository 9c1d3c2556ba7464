package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.SearchMode;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.api.SearchType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cursor's parameters: every field of a search survives the trip to strings and back. */
class ParamsTest {
  private static final SearchQuery FULL = SearchQuery.builder("猫 cat")
      .order(SearchOrder.DATE)
      .mode(ContentMode.SAFE)
      .sMode(SearchMode.S_TC)
      .type(SearchType.MANGA)
      .width(100, 2000)
      .height(200, 3000)
      .ratio(0.5)
      .tool("SAI")
      .dates(LocalDate.of(2020, 1, 2), LocalDate.of(2021, 3, 4))
      .bookmarks(50, 500)
      .workLang("ja")
      .build();

  private static final NovelSearchQuery NOVEL = NovelSearchQuery.builder("夏 summer")
      .order(SearchOrder.DATE)
      .mode(ContentMode.R18)
      .sMode(SearchMode.S_TAG)
      .textLength(1000, 9000)
      .wordCount(300, 4000)
      .workLang("zh")
      .aiType(1)
      .dates(LocalDate.of(2019, 5, 6), LocalDate.of(2022, 7, 8))
      .build();

  @Test
  void searchWritesEveryFieldUnderPixivsQueryName() {
    assertThat(Params.search(FULL)).containsExactly(
        entry("word", "猫 cat"), entry("order", "date"), entry("mode", "safe"), entry("s_mode", "s_tc"),
        entry("type", "manga"), entry("wlt", "100"), entry("wgt", "2000"), entry("hlt", "200"),
        entry("hgt", "3000"), entry("ratio", "0.5"), entry("tool", "SAI"), entry("scd", "2020-01-02"),
        entry("ecd", "2021-03-04"), entry("blt", "50"), entry("bgt", "500"), entry("work_lang", "ja"));
  }

  @Test
  void searchRoundTripsEveryField() {
    assertThat(Params.search(Params.search(FULL))).isEqualTo(FULL);
  }

  @Test
  void searchLeavesUnsetFieldsOut() {
    assertThat(Params.search(SearchQuery.of("x"))).containsExactly(entry("word", "x"));
    assertThat(Params.search(Map.of("word", "x"))).isEqualTo(SearchQuery.of("x"));
  }

  @Test
  void novelSearchWritesEveryFieldUnderPixivsQueryName() {
    assertThat(Params.novelSearch(NOVEL)).containsExactly(
        entry("word", "夏 summer"), entry("order", "date"), entry("mode", "r18"), entry("s_mode", "s_tag"),
        entry("tlt", "1000"), entry("tgt", "9000"), entry("wlt", "300"), entry("wgt", "4000"),
        entry("work_lang", "zh"), entry("ai_type", "1"), entry("scd", "2019-05-06"), entry("ecd", "2022-07-08"));
  }

  @Test
  void novelSearchRoundTripsEveryField() {
    assertThat(Params.novelSearch(Params.novelSearch(NOVEL))).isEqualTo(NOVEL);
  }

  @Test
  void missingWordOrUnknownValuesAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Params.search(Map.of("order", "date")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cursor lacks parameter word");
    assertThatThrownBy(() -> Params.novelSearch(Map.of("order", "date")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cursor lacks parameter word");
    assertThatThrownBy(() -> Params.search(Map.of("word", "x", "mode", "sfw")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cursor parameter mode has unknown value sfw");
    assertThatThrownBy(() -> Params.novelSearch(Map.of("word", "x", "tlt", "many")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cursor has a malformed novel search parameter");
    assertThatThrownBy(() -> Params.parse(SearchOrder.class, null, "order"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cursor lacks parameter order");
    assertThat(Params.parse(SearchOrder.class, "popular_d", "order")).isEqualTo(SearchOrder.POPULAR_DESC);
  }
}
