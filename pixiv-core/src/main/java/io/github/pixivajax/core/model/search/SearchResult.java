package io.github.pixivajax.core.model.search;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of a search: the top page ({@code ajax/search/top}) or artworks, illustrations or manga
 * search. Each endpoint fills its own blocks, the others are null: {@code illustManga} for artworks
 * search and the top page (older responses split it into {@code illust} and {@code manga}), {@code
 * illust} for illustrations, {@code manga} for manga, {@code novel} on the top page; {@link #works()}
 * picks the artwork block.
 *
 * @param popular popular works for the word, shown above the results
 * @param tagTranslation tag → language code ({@code en}, {@code romaji}…) → translation
 * @param other fields this version does not model (e.g. {@code zoneConfig})
 */
public record SearchResult(
    @Nullable SearchPage<ArtworkThumbnail> illustManga,
    @Nullable SearchPage<ArtworkThumbnail> illust,
    @Nullable SearchPage<ArtworkThumbnail> manga,
    @Nullable SearchPage<NovelThumbnail> novel,
    Popular popular,
    List<String> relatedTags,
    Map<String, Map<String, String>> tagTranslation,
    ExtraData extraData,
    @JsonAnySetter Map<String, Object> other) {
  public SearchResult {
    popular = popular == null ? new Popular(List.of(), List.of()) : popular;
    relatedTags = Copies.list(relatedTags);
    tagTranslation = Copies.map(tagTranslation);
    extraData = extraData == null ? new ExtraData(null) : extraData;
    other = Copies.map(other);
  }

  /** The artwork results: the first of {@code illustManga}, {@code illust}, {@code manga} that is present, else empty. */
  public SearchPage<ArtworkThumbnail> works() {
    if (illustManga != null) {
      return illustManga;
    }
    if (illust != null) {
      return illust;
    }
    return manga != null ? manga : SearchPage.empty();
  }

  /** The translation of {@code tag} into {@code language} (e.g. {@code en}), if pixiv sent one. */
  public Optional<String> translate(String tag, String language) {
    Map<String, String> t = tagTranslation.get(tag);
    return t == null ? Optional.empty() : Optional.ofNullable(t.get(language));
  }

  /** Popular works: recent ones and all-time ones. */
  public record Popular(List<ArtworkThumbnail> recent, List<ArtworkThumbnail> permanent) {
    public Popular {
      recent = SearchWorks.works(recent);
      permanent = SearchWorks.works(permanent);
    }
  }

  public record ExtraData(@Nullable Meta meta) {}

  /** The page metadata pixiv's tag page uses: title, description, canonical URL per language. */
  public record Meta(
      @Nullable String title,
      @Nullable String description,
      @Nullable String canonical,
      Map<String, String> alternateLanguages,
      @Nullable String descriptionHeader) {
    public Meta {
      alternateLanguages = Copies.map(alternateLanguages);
    }
  }
}
