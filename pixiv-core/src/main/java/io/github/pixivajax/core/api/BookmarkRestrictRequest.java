package io.github.pixivajax.core.api;

import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /ajax/illusts/bookmarks/edit_restrict}: {@code
 * {"bookmarkIds":["…"],"bookmarkRestrict":"private"}}.
 *
 * @param bookmarkIds 1 to 100 bookmark ids ({@code bookmarkData.id}, not artwork ids)
 */
public record BookmarkRestrictRequest(List<String> bookmarkIds, BookmarkRestrict bookmarkRestrict) {
  /** @throws IllegalArgumentException if there are no ids, more than 100, or one is not a positive decimal id */
  public BookmarkRestrictRequest {
    bookmarkIds = Ids.check("bookmarkIds", bookmarkIds);
    Objects.requireNonNull(bookmarkRestrict, "bookmarkRestrict == null");
  }
}
