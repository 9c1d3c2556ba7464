package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The tags a user gave their artwork bookmarks, with how many bookmarks carry each, as {@code GET
 * /ajax/user/{id}/illusts/bookmark/tags} returns them. {@code 未分類} counts the untagged ones. Only
 * the owner sees the private ones.
 *
 * @param publicTags pixiv's {@code public}
 * @param privateTags pixiv's {@code private}
 * @param tooManyBookmark set when the user has so many bookmarks that pixiv did not count them all
 * @param tooManyBookmarkTags set when pixiv left tags out
 */
public record BookmarkTags(
    @JsonProperty("public") List<Count> publicTags,
    @JsonProperty("private") List<Count> privateTags,
    boolean tooManyBookmark,
    boolean tooManyBookmarkTags,
    @JsonAnySetter Map<String, Object> other) {
  public BookmarkTags {
    publicTags = Copies.list(publicTags);
    privateTags = Copies.list(privateTags);
    other = Copies.map(other);
  }

  /** A bookmark tag and how many bookmarks carry it ({@code cnt}). */
  public record Count(String tag, int cnt) {
    public Count {
      tag = tag == null ? "" : tag;
    }
  }
}
