package io.github.pixivajax.core.model.ranking;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.pixivajax.core.internal.FalseAsNull;
import io.github.pixivajax.core.internal.Copies;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page (50 works) of a ranking, as {@code ranking.php?format=json} sends it.
 *
 * @param mode the ranking, e.g. {@code weekly}
 * @param content the kind of work, e.g. {@code illust} or {@code all}
 * @param page this page's number, from 1
 * @param prev the previous page's number; null on the first page (pixiv sends {@code false})
 * @param next the next page's number; null on the last page
 * @param date the day of this ranking
 * @param prevDate the previous day's ranking; null if none
 * @param nextDate the next day's ranking; null for the latest
 * @param rankTotal how many works the whole ranking has
 * @param other fields this version does not model
 */
public record RankingPage(
    List<RankingItem> contents,
    @Nullable String mode,
    @Nullable String content,
    int page,
    @JsonDeserialize(using = FalseAsNull.class) @Nullable Integer prev,
    @JsonDeserialize(using = FalseAsNull.class) @Nullable Integer next,
    @JsonDeserialize(using = FalseAsNull.class) @JsonFormat(pattern = "yyyyMMdd") @Nullable LocalDate date,
    @JsonProperty("prev_date") @JsonDeserialize(using = FalseAsNull.class) @JsonFormat(pattern = "yyyyMMdd")
        @Nullable LocalDate prevDate,
    @JsonProperty("next_date") @JsonDeserialize(using = FalseAsNull.class) @JsonFormat(pattern = "yyyyMMdd")
        @Nullable LocalDate nextDate,
    @JsonProperty("rank_total") int rankTotal,
    @JsonAnySetter Map<String, Object> other) {
  public RankingPage {
    contents = Copies.list(contents);
    other = Copies.map(other);
  }
}
