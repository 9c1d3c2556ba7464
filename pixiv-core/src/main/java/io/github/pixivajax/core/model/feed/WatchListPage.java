package io.github.pixivajax.core.model.feed;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;

/**
 * A page of the viewer's manga watch list. The series ids point into the surrounding feed's
 * {@code illustSeries}, their works into its artworks.
 *
 * @param total the number of watched series
 * @param maxPage the number of pages
 */
public record WatchListPage(int total, int maxPage, List<String> watchedSeriesIds) {
  public WatchListPage {
    watchedSeriesIds = Copies.list(watchedSeriesIds);
  }
}
