package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code page} of {@code GET /ajax/novel/series_content/{id}}: up to {@code limit} parts of a
 * series after {@code last_order}, in series order. Their thumbnails are in the surrounding feed's
 * {@code thumbnails.novel}. A page shorter than {@code limit} is the last.
 */
public record SeriesContentPage(List<Entry> seriesContents) {
  public SeriesContentPage {
    seriesContents = Copies.list(seriesContents);
  }

  /** The novel ids in series order. */
  public List<String> ids() {
    return seriesContents.stream().map(Entry::id).toList();
  }

  /**
   * One part of the series.
   *
   * @param series where it sits: {@code contentOrder} is its 1-based position
   * @param commentHtml its description as HTML
   * @param uploadTimestamp Unix seconds
   */
  public record Entry(
      String id,
      @Nullable String userId,
      @Nullable Position series,
      String title,
      @Nullable String commentHtml,
      List<String> tags,
      int restrict,
      int xRestrict,
      @JsonProperty("isOriginal") boolean original,
      int textLength,
      int characterCount,
      int wordCount,
      int readingTime,
      int bookmarkCount,
      @Nullable String coverUrl,
      long uploadTimestamp,
      long reuploadTimestamp,
      int aiType,
      @JsonAnySetter Map<String, Object> other) {
    public Entry {
      id = id == null ? "" : id;
      title = title == null ? "" : title;
      tags = Copies.list(tags);
      other = Copies.map(other);
    }

    /** The 1-based position in the series, 0 when pixiv did not send one. */
    public int order() {
      return series == null ? 0 : series.contentOrder();
    }
  }

  /** A part's series and position. */
  public record Position(@Nullable String id, int contentOrder, @Nullable String viewableType) {}
}
