package io.github.pixivajax.core.model.artwork;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /ajax/illusts/bookmarks/add} returns.
 *
 * @param lastBookmarkId the new bookmark's id, which editing or deleting it needs
 * @param staccStatusId the activity-feed entry pixiv created for it, if any
 */
public record BookmarkAddResult(
    @JsonProperty("last_bookmark_id") String lastBookmarkId,
    @JsonProperty("stacc_status_id") @Nullable String staccStatusId) {
  public BookmarkAddResult {
    lastBookmarkId = lastBookmarkId == null ? "" : lastBookmarkId;
  }
}
