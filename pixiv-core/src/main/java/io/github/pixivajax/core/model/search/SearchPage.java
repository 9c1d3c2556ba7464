package io.github.pixivajax.core.model.search;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One block of search results (artworks, illustrations, manga or novels): this page's works, without
 * the ad slots pixiv mixes in, and the total over all pages.
 *
 * @param lastPage the last page number, when pixiv sends it
 * @param bookmarkRanges the bookmark-count filters pixiv offers for this search
 */
public record SearchPage<T>(List<T> data, int total, @Nullable Integer lastPage, List<BookmarkRange> bookmarkRanges) {
  public SearchPage {
    data = SearchWorks.works(data);
    bookmarkRanges = Copies.list(bookmarkRanges);
  }

  public static <T> SearchPage<T> empty() {
    return new SearchPage<>(List.of(), 0, null, List.of());
  }

  /** A bookmark-count range; a null bound is open. */
  public record BookmarkRange(@Nullable Integer min, @Nullable Integer max) {}
}
