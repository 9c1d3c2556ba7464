package io.github.pixivajax.core.model.search;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tag as {@code GET /ajax/search/tags/{tag}} describes it: its pixpedia entry, where it sits among
 * other tags, and its translations.
 *
 * @param word the word as searched; {@code tag} is the tag it resolved to
 * @param myFavoriteTags the viewer's favourite tags
 * @param tagTranslation tag → language code ({@code en}, {@code romaji}…) → translation
 * @param other fields this version does not model
 */
public record TagInfo(
    String tag,
    @Nullable String word,
    @Nullable Pixpedia pixpedia,
    Breadcrumbs breadcrumbs,
    List<String> myFavoriteTags,
    Map<String, Map<String, String>> tagTranslation,
    @JsonAnySetter Map<String, Object> other) {
  public TagInfo {
    tag = tag == null ? "" : tag;
    breadcrumbs = breadcrumbs == null ? new Breadcrumbs(List.of(), List.of()) : breadcrumbs;
    myFavoriteTags = Copies.list(myFavoriteTags);
    tagTranslation = Copies.map(tagTranslation);
    other = Copies.map(other);
  }

  /**
   * The tag's pixpedia (encyclopedia) entry.
   *
   * @param abstractText the summary, pixiv's {@code abstract}
   * @param id the id of the artwork shown as {@code image}
   */
  public record Pixpedia(
      @JsonProperty("abstract") @Nullable String abstractText,
      @Nullable String image,
      @Nullable String id,
      @Nullable String yomigana,
      @Nullable String parentTag,
      List<String> childrenTags,
      List<String> siblingsTags) {
    public Pixpedia {
      childrenTags = Copies.list(childrenTags);
      siblingsTags = Copies.list(siblingsTags);
    }
  }

  /** The tag's place in pixpedia's hierarchy, from the broadest tag down. */
  public record Breadcrumbs(List<Crumb> successor, List<Crumb> current) {
    public Breadcrumbs {
      successor = Copies.list(successor);
      current = Copies.list(current);
    }
  }

  /** A tag in the hierarchy and its translations by language code. */
  public record Crumb(String tag, Map<String, String> translation) {
    public Crumb {
      tag = tag == null ? "" : tag;
      translation = Copies.map(translation);
    }
  }
}
