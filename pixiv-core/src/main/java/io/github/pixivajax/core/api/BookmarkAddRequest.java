package io.github.pixivajax.core.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /ajax/illusts/bookmarks/add}. Every instance is valid: the constructor
 * checks pixiv's limits, so a bad bookmark fails before any request.
 *
 * <pre>{@code
 * client.artworks().addBookmark(BookmarkAddRequest.of(100412238).withTags(List.of("Arknights")).withPrivate(true));
 * }</pre>
 *
 * @param isPrivate whether only the viewer sees the bookmark (pixiv's {@code restrict}: 1 private,
 *     0 public)
 * @param comment at most {@value #MAX_COMMENT_LENGTH} characters
 * @param tags at most {@value #MAX_TAGS}, none blank
 */
public record BookmarkAddRequest(
    @JsonProperty("illust_id") @JsonFormat(shape = JsonFormat.Shape.STRING) long illustId,
    @JsonProperty("restrict") @JsonFormat(shape = JsonFormat.Shape.NUMBER) boolean isPrivate,
    @JsonProperty("comment") String comment,
    @JsonProperty("tags") List<String> tags) {
  public static final int MAX_COMMENT_LENGTH = 140;
  public static final int MAX_TAGS = 10;

  /** @throws IllegalArgumentException if a value is outside pixiv's limits */
  public BookmarkAddRequest {
    if (illustId < 1) {
      throw new IllegalArgumentException("illust_id must be >= 1 but was " + illustId);
    }
    Objects.requireNonNull(comment, "comment == null");
    int length = comment.codePointCount(0, comment.length());
    if (length > MAX_COMMENT_LENGTH) {
      throw new IllegalArgumentException(
          "comment must be at most " + MAX_COMMENT_LENGTH + " characters but has " + length);
    }
    tags = List.copyOf(Objects.requireNonNull(tags, "tags == null"));
    if (tags.size() > MAX_TAGS) {
      throw new IllegalArgumentException("tags must be at most " + MAX_TAGS + " but were " + tags.size());
    }
    for (String tag : tags) {
      if (tag.isBlank()) {
        throw new IllegalArgumentException("tags must not be blank");
      }
    }
  }

  /** A public bookmark without comment or tags. */
  public static BookmarkAddRequest of(long illustId) {
    return new BookmarkAddRequest(illustId, false, "", List.of());
  }

  public BookmarkAddRequest withPrivate(boolean isPrivate) {
    return new BookmarkAddRequest(illustId, isPrivate, comment, tags);
  }

  public BookmarkAddRequest withComment(String comment) {
    return new BookmarkAddRequest(illustId, isPrivate, comment, tags);
  }

  public BookmarkAddRequest withTags(List<String> tags) {
    return new BookmarkAddRequest(illustId, isPrivate, comment, tags);
  }
}
