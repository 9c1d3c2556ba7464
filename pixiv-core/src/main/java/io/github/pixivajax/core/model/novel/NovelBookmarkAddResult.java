package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /ajax/novels/bookmarks/add} returns: the new bookmark's id, or null when the novel
 * was already bookmarked (pixiv's body is then {@code null}).
 */
public record NovelBookmarkAddResult(@Nullable String bookmarkId) {
  /** pixiv's body is a bare id (string or number) or null; anything else means no new bookmark. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static NovelBookmarkAddResult of(@Nullable Object body) {
    if (body instanceof String s && !s.isEmpty()) {
      return new NovelBookmarkAddResult(s);
    }
    if (body instanceof Number n) {
      return new NovelBookmarkAddResult(n.toString());
    }
    return new NovelBookmarkAddResult(null);
  }

  /** Whether pixiv created a bookmark (false when the novel already was bookmarked). */
  public boolean created() {
    return bookmarkId != null;
  }
}
