package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A tag that {@code GET /ajax/tags/frequent/illust} finds often among the given artworks.
 *
 * @param tagTranslation the tag in the viewer's language; empty or null when pixiv has none
 */
public record FrequentTag(String tag, @JsonProperty("tag_translation") @Nullable String tagTranslation) {
  public FrequentTag {
    tag = tag == null ? "" : tag;
  }
}
