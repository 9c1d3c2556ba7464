package io.github.pixivajax.core.api;

import java.util.List;

/**
 * The body of {@code POST /ajax/illusts/bookmarks/remove}: {@code {"bookmarkIds":["…"]}}.
 *
 * @param bookmarkIds 1 to 100 bookmark ids ({@code bookmarkData.id}, not artwork ids)
 */
public record BookmarkRemoveRequest(List<String> bookmarkIds) {
  /** @throws IllegalArgumentException if there are no ids, more than 100, or one is not a positive decimal id */
  public BookmarkRemoveRequest {
    bookmarkIds = Ids.check("bookmarkIds", bookmarkIds);
  }
}
