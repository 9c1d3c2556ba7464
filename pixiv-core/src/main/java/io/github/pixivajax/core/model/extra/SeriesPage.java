package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code page} of {@code GET /ajax/series/{id}}: one page of a manga series' works, newest first.
 * The works themselves are in the feed's {@code thumbnails}, the series in its {@code illustSeries}.
 *
 * <pre>{@code
 * Feed<SeriesPage> f = series.series(236717, 1).blockingGet();
 * List<ArtworkThumbnail> works = f.artworks(f.page().workIds());
 * }</pre>
 *
 * @param series this page's works with their position in the series
 * @param setCover whether the series has a cover image
 * @param seriesId pixiv sends it as a number here
 * @param otherSeriesId the author's other series pixiv suggests, {@code "0"} for none
 * @param recentUpdatedWorkIds the newest works of the series (numbers on the wire)
 * @param total how many works the series has
 * @param watched whether the viewer watches the series
 * @param notifying whether the viewer gets notified of new works
 */
public record SeriesPage(
    List<Work> series,
    @JsonProperty("isSetCover") boolean setCover,
    String seriesId,
    @Nullable String otherSeriesId,
    List<String> recentUpdatedWorkIds,
    int total,
    @JsonProperty("isWatched") boolean watched,
    @JsonProperty("isNotifying") boolean notifying) {
  public SeriesPage {
    series = Copies.list(series);
    seriesId = seriesId == null ? "" : seriesId;
    recentUpdatedWorkIds = Copies.list(recentUpdatedWorkIds);
  }

  /** This page's work ids, in pixiv's order. */
  public List<String> workIds() {
    return series.stream().map(Work::workId).toList();
  }

  /**
   * A work of the series.
   *
   * @param order its position in the series, from 1 (the first published)
   */
  public record Work(String workId, int order) {
    public Work {
      workId = workId == null ? "" : workId;
    }
  }
}
