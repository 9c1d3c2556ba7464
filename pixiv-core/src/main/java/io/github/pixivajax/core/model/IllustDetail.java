package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An artwork as {@code GET /ajax/illust/{id}} describes it.
 *
 * @param userIllusts the author's other works by id; pixiv sends {@code null} for most of them
 *     (known to exist, not loaded), so values may be null
 * @param aiType 0 unknown, 1 not AI-generated, 2 AI-generated
 * @param other fields this version does not model, kept as plain Java values (maps, lists, strings,
 *     numbers, booleans)
 */
public record IllustDetail(
    String id,
    String title,
    @Nullable String description,
    IllustType illustType,
    @Nullable OffsetDateTime createDate,
    @Nullable OffsetDateTime uploadDate,
    int restrict,
    int xRestrict,
    int sl,
    int aiType,
    ImageUrls urls,
    ArtworkTags tags,
    @Nullable String alt,
    List<String> storableTags,
    String userId,
    @Nullable String userName,
    @Nullable String userAccount,
    Map<String, @Nullable ArtworkThumbnail> userIllusts,
    @JsonProperty("likeData") boolean liked,
    int width,
    int height,
    int pageCount,
    int bookmarkCount,
    int likeCount,
    int commentCount,
    int responseCount,
    int viewCount,
    int bookStyle,
    @JsonProperty("isHowto") boolean howto,
    @JsonProperty("isOriginal") boolean original,
    @JsonProperty("isBookmarkable") boolean bookmarkable,
    @Nullable BookmarkData bookmarkData,
    @JsonProperty("isUnlisted") boolean unlisted,
    int commentOff,
    @JsonAnySetter Map<String, Object> other) {
  public IllustDetail {
    id = id == null ? "" : id;
    title = title == null ? "" : title;
    illustType = illustType == null ? IllustType.UNKNOWN : illustType;
    urls = urls == null ? new ImageUrls(null, null, null, null, null) : urls;
    tags = tags == null ? new ArtworkTags(null, false, List.of(), false) : tags;
    storableTags = Copies.list(storableTags);
    userId = userId == null ? "" : userId;
    userIllusts = Copies.mapKeepingNulls(userIllusts);
    other = Copies.map(other);
  }
}
