package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import java.util.List;
import java.util.Map;

/**
 * A page of {@code GET /ajax/user/{id}/illusts/bookmarks}. Each work's {@code bookmarkData} holds
 * the bookmark id; works deleted or hidden since bookmarking come back masked.
 *
 * @param total how many bookmarks match the query in all
 * @param bookmarkTags bookmark id → the tags the user gave that bookmark
 */
public record UserBookmarks(
    List<ArtworkThumbnail> works,
    int total,
    Map<String, List<String>> bookmarkTags,
    @JsonAnySetter Map<String, Object> other) {
  public UserBookmarks {
    works = Copies.list(works);
    bookmarkTags = Copies.map(bookmarkTags);
    other = Copies.map(other);
  }

  /** The ids of this page's works, in pixiv's order (newest bookmark first). */
  public List<String> ids() {
    return works.stream().map(ArtworkThumbnail::id).toList();
  }
}
