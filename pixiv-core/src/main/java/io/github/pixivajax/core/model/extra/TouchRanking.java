package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.internal.FalseAsNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of a ranking as pixiv's mobile site gets it from {@code GET /touch/ajax/ranking/illust}:
 * artwork ids with their ranks, nothing more; look the works up by id. An empty {@code ranking}
 * means past the last page.
 *
 * @param rankingDate the day of the ranking (pixiv writes {@code YYYY-MM-DD})
 * @param next the next page's number; null on the last page (pixiv sends {@code false}) or when absent
 * @param other fields this version does not model
 */
public record TouchRanking(
    List<Item> ranking,
    @Nullable LocalDate rankingDate,
    @JsonDeserialize(using = FalseAsNull.class) @Nullable Integer next,
    @JsonAnySetter Map<String, Object> other) {
  public TouchRanking {
    ranking = Copies.list(ranking);
    other = Copies.map(other);
  }

  /** The artwork ids, best first. */
  public List<String> illustIds() {
    return ranking.stream().map(Item::illustId).toList();
  }

  /**
   * A ranked artwork.
   *
   * @param rank its place, from 1
   */
  public record Item(String illustId, int rank) {
    public Item {
      illustId = illustId == null ? "" : illustId;
    }
  }
}
