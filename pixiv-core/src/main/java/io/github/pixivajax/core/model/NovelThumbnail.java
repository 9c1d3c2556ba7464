package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The short form of a novel: the one novel summary pixiv sends in feeds, search, bookmarks, series
 * pages, profiles and recommendations.
 *
 * @param other fields this version does not model (e.g. {@code genre}, {@code language}, {@code marker})
 */
public record NovelThumbnail(
    String id,
    String title,
    int xRestrict,
    int restrict,
    @Nullable String url,
    List<String> tags,
    @Nullable String userId,
    @Nullable String userName,
    @Nullable String profileImageUrl,
    int textCount,
    int wordCount,
    int readingTime,
    @Nullable String description,
    @JsonProperty("isBookmarkable") boolean bookmarkable,
    @Nullable BookmarkData bookmarkData,
    int bookmarkCount,
    @JsonProperty("isOriginal") boolean original,
    @Nullable OffsetDateTime createDate,
    @Nullable OffsetDateTime updateDate,
    @JsonProperty("isMasked") boolean masked,
    @JsonProperty("isUnlisted") boolean unlisted,
    @Nullable String seriesId,
    @Nullable String seriesTitle,
    int aiType,
    @JsonAnySetter Map<String, Object> other) {
  public NovelThumbnail {
    id = id == null ? "" : id;
    title = title == null ? "" : title;
    tags = Copies.list(tags);
    other = Copies.map(other);
  }
}
