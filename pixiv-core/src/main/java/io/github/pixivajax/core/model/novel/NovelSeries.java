package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A novel series, as {@code GET /ajax/novel/series/{id}} returns it and as series-grouped novel
 * search ({@code gs=1}) lists them.
 *
 * @param caption the series' description
 * @param total the number of parts (published or not); {@code publishedContentCount} those visible
 * @param firstNovelId the first part, where reading starts; {@code latestNovelId} the newest
 * @param cover the cover's URLs by size name ({@code cover.urls} in pixiv's JSON)
 * @param tags the series' tags (a list of names; pixiv sends them as strings here)
 * @param other fields this version does not model
 */
public record NovelSeries(
    String id,
    String title,
    @Nullable String caption,
    String userId,
    @Nullable String userName,
    @Nullable String profileImageUrl,
    int xRestrict,
    @JsonProperty("isOriginal") boolean original,
    @JsonProperty("isConcluded") boolean concluded,
    @Nullable String genreId,
    @Nullable String language,
    List<String> tags,
    int total,
    int publishedContentCount,
    int publishedTotalCharacterCount,
    int publishedTotalWordCount,
    int publishedReadingTime,
    @Nullable String firstNovelId,
    @Nullable String latestNovelId,
    @Nullable OffsetDateTime createDate,
    @Nullable OffsetDateTime updateDate,
    @Nullable Cover cover,
    @JsonProperty("isWatched") boolean watched,
    @JsonProperty("isNotifying") boolean notifying,
    int aiType,
    @JsonAnySetter Map<String, Object> other) {
  public NovelSeries {
    id = id == null ? "" : id;
    title = title == null ? "" : title;
    userId = userId == null ? "" : userId;
    tags = Copies.list(tags);
    other = Copies.map(other);
  }

  /** The largest cover URL pixiv sent, if any. */
  public @Nullable String coverUrl() {
    if (cover == null) {
      return null;
    }
    String url = cover.urls().get("original");
    if (url == null) {
      url = cover.urls().get("480mw");
    }
    return url != null ? url : cover.urls().values().stream().findFirst().orElse(null);
  }

  /** A series cover: URLs by size name. */
  public record Cover(Map<String, String> urls) {
    public Cover {
      urls = Copies.map(urls);
    }
  }
}
