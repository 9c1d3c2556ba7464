package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Boundary values of the search value types: the limits themselves are accepted. */
class QueryValueEdgesTest {

  @Test
  void searchWordKeepsUnreservedAsciiAndEncodesItsNeighbours() {
    assertThat(SearchWord.of("AZaz09-._~").toString()).isEqualTo("AZaz09-._~");
    // the characters just outside each unreserved range
    assertThat(SearchWord.of("@[`{/:").toString()).isEqualTo("%40%5B%60%7B%2F%3A");
    assertThat(SearchWord.of("猫 a").toString()).isEqualTo("%E7%8C%AB%20a");
  }

  @Test
  void searchWordsAreEqualByWord() {
    SearchWord cat = SearchWord.of("猫");
    assertThat(cat.word()).isEqualTo("猫");
    assertThat(cat).isEqualTo(SearchWord.of("猫"));
    assertThat(cat).isNotEqualTo(SearchWord.of("犬"));
    assertThat(cat).isNotEqualTo("猫");
    assertThat(cat.hashCode()).isEqualTo("猫".hashCode());
  }

  @Test
  void novelQueryAcceptsItsLimitsAndRejectsJustBeyond() {
    NovelSearchQuery q = NovelSearchQuery.builder("猫")
        .textLength(0, 0).wordCount(0, 0).aiType(0).p(1)
        .dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)).build();
    assertThat(q.queryMap(false)).containsEntry("tlt", "0").containsEntry("tgt", "0")
        .containsEntry("wlt", "0").containsEntry("wgt", "0").containsEntry("ai_type", "0")
        .containsEntry("p", "1").containsEntry("scd", "2024-01-01").containsEntry("ecd", "2024-01-01");
    assertThat(NovelSearchQuery.builder("猫").aiType(2).p(5000).build().queryMap(true))
        .containsEntry("ai_type", "2").containsEntry("p", "5000").containsEntry("gs", "1");
    assertThat(NovelSearchQuery.builder("猫").textLength(7, 7).wordCount(100, 200).build().queryMap(false))
        .containsEntry("tlt", "7").containsEntry("tgt", "7").containsEntry("wlt", "100").containsEntry("wgt", "200");

    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").aiType(-1).build())
        .hasMessage("ai_type must be 0 to 2 but was -1");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").aiType(3).build())
        .hasMessage("ai_type must be 0 to 2 but was 3");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").p(0).build())
        .hasMessage("p must be 1 to 5000 but was 0");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").p(5001).build())
        .hasMessage("p must be 1 to 5000 but was 5001");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").wordCount(-1, null).build())
        .hasMessage("wlt must be >= 0 but was -1");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").wordCount(null, -1).build())
        .hasMessage("wgt must be >= 0 but was -1");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").wordCount(201, 200).build())
        .hasMessage("wlt (201) is greater than wgt (200)");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").textLength(-1, null).build())
        .hasMessage("tlt must be >= 0 but was -1");
  }

  @Test
  void illustQueryAcceptsEqualAndZeroBounds() {
    SearchQuery q = SearchQuery.builder("猫").width(0, 0).height(500, 500).bookmarks(0, 10).build();
    assertThat(q.wlt()).isZero();
    assertThat(q.hlt()).isEqualTo(500);
    assertThat(q.hgt()).isEqualTo(500);
    assertThat(q.bgt()).isEqualTo(10);
  }

  @Test
  void novelQuerySendsEveryFilterItWasGiven() {
    NovelSearchQuery q = NovelSearchQuery.builder("猫").order(SearchOrder.DATE).mode(ContentMode.SAFE)
        .sMode(SearchMode.S_TC).workLang("ja").dates(null, LocalDate.of(2024, 5, 6)).build();
    assertThat(q.queryMap(false)).containsExactly(
        java.util.Map.entry("word", "猫"), java.util.Map.entry("order", "date"), java.util.Map.entry("mode", "safe"),
        java.util.Map.entry("s_mode", "s_tc"), java.util.Map.entry("gs", "0"), java.util.Map.entry("work_lang", "ja"),
        java.util.Map.entry("ecd", "2024-05-06"));
    assertThat(NovelSearchQuery.builder("猫").dates(LocalDate.of(2024, 5, 6), null).build().queryMap(false))
        .containsEntry("scd", "2024-05-06").doesNotContainKey("ecd");
    assertThatThrownBy(() -> NovelSearchQuery.builder("猫").workLang(" ").build())
        .hasMessage("work_lang must not be blank");
  }

  @Test
  void illustQueryStartsAtPageOneAndSendsWorkLangToMangaOnly() {
    assertThat(SearchQuery.builder("猫").p(1).build().p()).isEqualTo(1);
    SearchQuery manga = SearchQuery.builder("猫").workLang("zh").build();
    assertThat(manga.queryMap(SearchType.MANGA)).containsEntry("work_lang", "zh").containsEntry("type", "manga");
    assertThatThrownBy(() -> manga.queryMap(SearchType.ALL))
        .hasMessage("work_lang is only accepted by manga search, not artworks");
  }
}
