package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PixivJsonTest {
  record Dated(@Nullable OffsetDateTime at) {}

  record Strict(String id) {}

  private static @Nullable OffsetDateTime at(String json) throws Exception {
    return PixivJson.mapper().readValue("{\"at\":" + json + "}", Dated.class).at();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"2022-08-11T14:46:14+00:00\"       | 2022-08-11T14:46:14Z",
    "\"2022-08-17T00:01:49+09:00\"       | 2022-08-17T00:01:49+09:00",
    "\"2022-08-17T00:01:49-0530\"        | 2022-08-17T00:01:49-05:30",
    "\"2022-08-17T00:01:49Z\"            | 2022-08-17T00:01:49Z",
    "\"2022-08-17T00:01:49.123+09:00\"   | 2022-08-17T00:01:49.123+09:00",
    "\"2022-08-17 00:01:49+09:00\"       | 2022-08-17T00:01:49+09:00",
    "1660748418                          | 2022-08-17T15:00:18Z",
    "\"1660748418\"                      | 2022-08-17T15:00:18Z",
    "1660748418000                       | 2022-08-17T15:00:18Z",
  })
  void pixivTimestampsDecodeFastAndExactly(String json, String expected) throws Exception {
    assertThat(at(json)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @Test
  void blanksNullsAndStructuresAreNull() throws Exception {
    assertThat(at("\"\"")).isNull();
    assertThat(at("null")).isNull();
    assertThat(at("[]")).isNull();
    assertThat(at("{}")).isNull();
  }

  @Test
  void unknownPropertiesAreSkippedEvenDeepInsideRecords() throws Exception {
    Strict s = PixivJson.mapper().readValue("{\"x\":{\"y\":[1,{\"z\":null}]},\"id\":\"7\",\"w\":[]}", Strict.class);
    assertThat(s.id()).isEqualTo("7");
  }

  @Test
  void objectsWhereStringsWereExpectedBecomeNull() throws Exception {
    Map<String, String> m = PixivJson.mapper().readValue("{\"a\":\"1\",\"b\":{\"c\":2},\"d\":3}",
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
    assertThat(m).containsEntry("a", "1").containsEntry("d", "3").containsEntry("b", null);
  }

  @org.junit.jupiter.api.Test
  void rankingDatesDecodeAsYyyyMmDdWhetherStringNumberOrFalse() throws Exception {
    String json = "{\"contents\":[],\"page\":1,\"date\":20241201,\"prev_date\":\"20241130\",\"next_date\":false,\"rank_total\":500}";
    io.github.pixivajax.core.model.ranking.RankingPage page =
        PixivJson.mapper().readValue(json, io.github.pixivajax.core.model.ranking.RankingPage.class);
    org.assertj.core.api.Assertions.assertThat(page.date()).isEqualTo(java.time.LocalDate.of(2024, 12, 1));
    org.assertj.core.api.Assertions.assertThat(page.prevDate()).isEqualTo(java.time.LocalDate.of(2024, 11, 30));
    org.assertj.core.api.Assertions.assertThat(page.nextDate()).isNull();
  }
}
