package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.BookmarkData;
import io.github.pixivajax.core.model.IllustType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entry the user pinned to their page: a work ({@code type} {@code illust}, {@code manga},
 * {@code novel}…, with the work's thumbnail fields) or a link such as their FANBOX ({@code type}
 * {@code fanbox}, with {@code imageUrl} and {@code description}).
 *
 * @param contentUrl where the entry links to
 * @param urls thumbnail size (e.g. {@code 250x250}) → URL, for works
 * @param imageUrl the banner of a link entry; {@code imageUrlMobile} its phone variant
 */
public record Pickup(
    String type,
    boolean deletable,
    boolean draggable,
    @Nullable String contentUrl,
    @Nullable String id,
    @Nullable String title,
    @Nullable String description,
    @Nullable IllustType illustType,
    int xRestrict,
    int restrict,
    int sl,
    @Nullable String url,
    Map<String, String> urls,
    List<String> tags,
    @Nullable String userId,
    @Nullable String userName,
    @Nullable String userImageUrl,
    @Nullable String imageUrl,
    @Nullable String imageUrlMobile,
    boolean hasAdultContent,
    int width,
    int height,
    int pageCount,
    @Nullable String alt,
    @Nullable BookmarkData bookmarkData,
    @Nullable OffsetDateTime createDate,
    @Nullable OffsetDateTime updateDate,
    @JsonAnySetter Map<String, Object> other) {
  public Pickup {
    type = type == null ? "" : type;
    urls = Copies.map(urls);
    tags = Copies.list(tags);
    other = Copies.map(other);
  }
}
