package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The short form of an artwork that pixiv embeds in lists, feeds and search results. {@code url} is
 * a square or custom thumbnail on {@code i.pximg.net}; {@code urls}, when sent, maps sizes such as
 * {@code 250x250} or {@code 540x540} to URLs.
 */
public record ArtworkThumbnail(
    String id,
    String title,
    IllustType illustType,
    int xRestrict,
    int restrict,
    int sl,
    @Nullable String url,
    Map<String, String> urls,
    @Nullable String description,
    List<String> tags,
    @Nullable String userId,
    @Nullable String userName,
    int width,
    int height,
    int pageCount,
    @JsonProperty("isBookmarkable") boolean bookmarkable,
    @Nullable BookmarkData bookmarkData,
    @Nullable String alt,
    @Nullable OffsetDateTime createDate,
    @Nullable OffsetDateTime updateDate,
    @JsonProperty("isUnlisted") boolean unlisted,
    @JsonProperty("isMasked") boolean masked,
    int aiType,
    @Nullable String profileImageUrl,
    @Nullable String seriesId,
    @Nullable String seriesTitle) {
  public ArtworkThumbnail {
    id = id == null ? "" : id;
    title = title == null ? "" : title;
    illustType = illustType == null ? IllustType.UNKNOWN : illustType;
    tags = Copies.list(tags);
    urls = Copies.map(urls);
  }
}
