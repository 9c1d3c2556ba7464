package io.github.pixivajax.core.model.search;

import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Result lists without the ad slots pixiv mixes into them. */
final class SearchWorks {
  private SearchWorks() {}

  /**
   * Null-free, without the ad slots pixiv mixes into result lists ({@code
   * {"isAdContainer":true}}), which decode to a work without an id.
   */
  static <T> List<T> works(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(t -> t != null && !isPlaceholder(t)).toList();
  }

  private static boolean isPlaceholder(Object work) {
    return (work instanceof ArtworkThumbnail && ((ArtworkThumbnail) work).id().isEmpty())
        || (work instanceof NovelThumbnail && ((NovelThumbnail) work).id().isEmpty());
  }
}
