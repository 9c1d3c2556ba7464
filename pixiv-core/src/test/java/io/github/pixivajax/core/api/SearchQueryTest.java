package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
  private static void rejects(UnaryOperator<SearchQuery.Builder> filter, String message) {
    assertThatThrownBy(() -> filter.apply(SearchQuery.builder("猫")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void builderRejectsInvalidFiltersNamingTheParameter() {
    rejects(b -> b.word(" "), "word is blank");
    rejects(b -> b.word(".."), "word \"..\" cannot be a URL path segment");
    rejects(b -> b.p(0), "p must be >= 1 but was 0");
    rejects(b -> b.width(-1, null), "wlt must be >= 0 but was -1");
    rejects(b -> b.width(null, -2), "wgt must be >= 0 but was -2");
    rejects(b -> b.height(-3, null), "hlt must be >= 0 but was -3");
    rejects(b -> b.height(500, 400), "hlt (500) is greater than hgt (400)");
    rejects(b -> b.bookmarks(null, -1), "bgt must be >= 0 but was -1");
    rejects(b -> b.ratio(Double.NaN), "ratio must be finite but was NaN");
    rejects(b -> b.tool(""), "tool is blank");
    rejects(b -> b.workLang(" "), "work_lang is blank");
    rejects(
        b -> b.dates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)),
        "scd (2024-02-01) is after ecd (2024-01-31)");
  }

  @Test
  void recordConstructorValidatesToo() {
    assertThatThrownBy(() -> new SearchQuery(
            "猫", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, -1))
        .hasMessage("p must be >= 1 but was -1");
  }

  @Test
  void toBuilderKeepsEveryFilter() {
    SearchQuery q = SearchQuery.builder("猫")
        .order(SearchOrder.DATE)
        .mode(ContentMode.R18)
        .sMode(SearchMode.S_TAG)
        .type(SearchType.ILLUST)
        .width(1, 2)
        .height(3, 4)
        .ratio(0.0)
        .tool("SAI")
        .dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))
        .bookmarks(5, 6)
        .workLang("en")
        .p(7)
        .build();

    assertThat(q.toBuilder().build()).isEqualTo(q);
    assertThat(q.toBuilder().p(8).build().p()).isEqualTo(8);
    assertThat(q.toBuilder().tool(null).build().tool()).isNull();
    assertThat(q.toBuilder().workLang(null).build().queryMap(SearchType.ILLUST_AND_UGOIRA))
        .containsEntry("ratio", "0")
        .containsEntry("type", "illust")
        .containsEntry("mode", "r18")
        .containsEntry("scd", "2024-01-01")
        .hasSize(16);
  }

  @Test
  void queryMapSendsWordAndTheEndpointDefaultTypeFirst() {
    assertThat(SearchQuery.of("猫").queryMap(SearchType.ALL)).containsExactly(
        java.util.Map.entry("word", "猫"), java.util.Map.entry("type", "all"));
    assertThat(SearchQuery.builder("猫").ratio(0.5).build().queryMap(SearchType.MANGA)).containsEntry("ratio", "0.5");
  }
}
