package io.github.pixivajax.core.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /ajax/novels/bookmarks/add}: {@code {"novel_id","restrict","comment","tags"}}.
 * The constructor checks pixiv's limits (those of {@link BookmarkAddRequest}), so a bad bookmark
 * fails before any request.
 *
 * @param isPrivate pixiv's {@code restrict}: 1 private, 0 public
 */
public record NovelBookmarkAddRequest(
    @JsonProperty("novel_id") @JsonFormat(shape = JsonFormat.Shape.STRING) long novelId,
    @JsonProperty("restrict") @JsonFormat(shape = JsonFormat.Shape.NUMBER) boolean isPrivate,
    @JsonProperty("comment") String comment,
    @JsonProperty("tags") List<String> tags) {
  /** @throws IllegalArgumentException if a value is outside pixiv's limits */
  public NovelBookmarkAddRequest {
    if (novelId < 1) {
      throw new IllegalArgumentException("novel_id must be >= 1 but was " + novelId);
    }
    Objects.requireNonNull(comment, "comment == null");
    Objects.requireNonNull(tags, "tags == null");
    // The artwork request holds the rules; reuse them with a valid stand-in id.
    BookmarkAddRequest checked = new BookmarkAddRequest(1, isPrivate, comment, tags);
    tags = checked.tags();
  }

  /** A public bookmark without comment or tags. */
  public static NovelBookmarkAddRequest of(long novelId) {
    return new NovelBookmarkAddRequest(novelId, false, "", List.of());
  }

  public NovelBookmarkAddRequest withPrivate(boolean isPrivate) {
    return new NovelBookmarkAddRequest(novelId, isPrivate, comment, tags);
  }

  public NovelBookmarkAddRequest withComment(String comment) {
    return new NovelBookmarkAddRequest(novelId, isPrivate, comment, tags);
  }

  public NovelBookmarkAddRequest withTags(List<String> tags) {
    return new NovelBookmarkAddRequest(novelId, isPrivate, comment, tags);
  }
}
