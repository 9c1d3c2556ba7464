package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.search.SearchPage;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a series-grouped novel search ({@code GET /ajax/search/novels/{word}?gs=1}) returns: a page of
 * series instead of novels, 30 per page.
 */
public record NovelSeriesSearch(
    @Nullable SearchPage<NovelSeries> novel, List<String> relatedTags, @JsonAnySetter Map<String, Object> other) {
  public NovelSeriesSearch {
    relatedTags = Copies.list(relatedTags);
    other = Copies.map(other);
  }

  /** The series on this page; empty when pixiv sent none. */
  public SearchPage<NovelSeries> series() {
    return novel != null ? novel : SearchPage.empty();
  }
}
