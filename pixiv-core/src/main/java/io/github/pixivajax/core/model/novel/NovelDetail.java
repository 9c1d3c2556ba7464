package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkTags;
import io.github.pixivajax.core.model.BookmarkData;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One novel as {@code GET /ajax/novel/{id}} returns it: its text ({@code content}, in pixiv markup,
 * which {@link io.github.pixivajax.core.novel.NovelMarkup} renders), metadata, counts and neighbours.
 *
 * @param content the text in pixiv markup ({@code [newpage]}, {@code [chapter:…]}, {@code [[rb:…]]}…)
 * @param genre pixiv's genre number, as a string
 * @param language the text's language code ({@code ja}, {@code en}…)
 * @param characterCount characters; {@code wordCount} counts words for languages that use spaces
 * @param readingTime estimated reading time in seconds
 * @param seriesNavData the series this novel belongs to and its neighbours, null outside a series
 * @param textEmbeddedImages images uploaded into the text ({@code [uploadedimage:ID]}), by id
 * @param userNovels the author's other novels by id; pixiv sends {@code null} for most of them
 * @param other fields this version does not model
 */
public record NovelDetail(
    String id,
    String title,
    String content,
    @Nullable String description,
    String userId,
    @Nullable String userName,
    @Nullable String coverUrl,
    @Nullable OffsetDateTime createDate,
    @Nullable OffsetDateTime uploadDate,
    int restrict,
    int xRestrict,
    int aiType,
    @Nullable String genre,
    @Nullable String language,
    int characterCount,
    int wordCount,
    int readingTime,
    int pageCount,
    int bookmarkCount,
    int likeCount,
    int commentCount,
    int viewCount,
    @JsonProperty("isOriginal") boolean original,
    @JsonProperty("isBookmarkable") boolean bookmarkable,
    @Nullable BookmarkData bookmarkData,
    @JsonProperty("likeData") boolean liked,
    @Nullable ArtworkTags tags,
    @Nullable SeriesNav seriesNavData,
    Map<String, EmbeddedImage> textEmbeddedImages,
    Map<String, @Nullable NovelThumbnail> userNovels,
    @JsonAnySetter Map<String, Object> other) {
  public NovelDetail {
    id = id == null ? "" : id;
    title = title == null ? "" : title;
    content = content == null ? "" : content;
    userId = userId == null ? "" : userId;
    textEmbeddedImages = Copies.map(textEmbeddedImages);
    userNovels = Copies.mapKeepingNulls(userNovels);
    other = Copies.map(other);
  }

  /** The tag names in display order. */
  public List<String> tagNames() {
    return tags == null ? List.of() : tags.tags().stream().map(t -> t.tag()).toList();
  }

  /**
   * The novel's place in its series.
   *
   * @param order its 1-based position
   * @param prev the previous part, null for the first
   * @param next the next part, null for the latest
   */
  public record SeriesNav(
      String seriesId,
      @Nullable String title,
      int order,
      @JsonProperty("isConcluded") boolean concluded,
      @JsonProperty("isWatched") boolean watched,
      @Nullable Neighbour prev,
      @Nullable Neighbour next) {
    public SeriesNav {
      seriesId = seriesId == null ? "" : seriesId;
    }
  }

  /** A neighbouring part of a series; {@code available} is false when the viewer may not read it. */
  public record Neighbour(String id, @Nullable String title, int order, boolean available) {
    public Neighbour {
      id = id == null ? "" : id;
    }
  }
}
