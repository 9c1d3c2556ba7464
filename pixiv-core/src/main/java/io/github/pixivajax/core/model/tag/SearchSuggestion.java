package io.github.pixivajax.core.model.tag;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What pixiv shows under an empty search box ({@code GET /ajax/search/suggestion}): popular and
 * recommended tags with a few work ids each, the viewer's favourite tags, and thumbnails of those works.
 *
 * @param tagTranslation tag → language code ({@code en}, {@code romaji}…) → translation
 * @param thumbnails the works the tags' {@code ids} name
 * @param other fields this version does not model
 */
public record SearchSuggestion(
    SuggestedTags popularTags,
    SuggestedTags recommendTags,
    SuggestedTags recommendByTags,
    List<String> myFavoriteTags,
    Map<String, Map<String, String>> tagTranslation,
    List<ArtworkThumbnail> thumbnails,
    @JsonAnySetter Map<String, Object> other) {
  public SearchSuggestion {
    popularTags = popularTags == null ? SuggestedTags.EMPTY : popularTags;
    recommendTags = recommendTags == null ? SuggestedTags.EMPTY : recommendTags;
    recommendByTags = recommendByTags == null ? SuggestedTags.EMPTY : recommendByTags;
    myFavoriteTags = Copies.list(myFavoriteTags);
    tagTranslation = Copies.map(tagTranslation);
    thumbnails = Copies.list(thumbnails);
    other = Copies.map(other);
  }

  /** The translation of {@code tag} into {@code language} (e.g. {@code en}), if pixiv sent one. */
  public Optional<String> translate(String tag, String language) {
    Map<String, String> t = tagTranslation.get(tag);
    return t == null ? Optional.empty() : Optional.ofNullable(t.get(language));
  }

  /** Suggested tags for artworks and for novels. */
  public record SuggestedTags(List<SuggestedTag> illust, List<SuggestedTag> novel, @JsonAnySetter Map<String, Object> other) {
    static final SuggestedTags EMPTY = new SuggestedTags(List.of(), List.of(), Map.of());

    public SuggestedTags {
      illust = Copies.list(illust);
      novel = Copies.list(novel);
      other = Copies.map(other);
    }
  }

  /** A tag and the ids of a few works that carry it. */
  public record SuggestedTag(String tag, List<String> ids, @JsonAnySetter Map<String, Object> other) {
    public SuggestedTag {
      tag = tag == null ? "" : tag;
      ids = Copies.list(ids);
      other = Copies.map(other);
    }
  }
}
