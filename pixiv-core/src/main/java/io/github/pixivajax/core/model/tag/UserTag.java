package io.github.pixivajax.core.model.tag;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tag a user gave their works and on how many ({@code GET /ajax/user/{id}/illusts/tags} or {@code
 * novels/tags}).
 *
 * @param count pixiv's {@code cnt}
 * @param tagTranslation the tag in the viewer's language (older responses)
 * @param translation language code → translation (newer responses)
 */
public record UserTag(
    String tag,
    @JsonProperty("cnt") int count,
    @JsonProperty("tag_translation") @Nullable String tagTranslation,
    Map<String, String> translation,
    @JsonAnySetter Map<String, Object> other) {
  public UserTag {
    tag = tag == null ? "" : tag;
    translation = Copies.map(translation);
    other = Copies.map(other);
  }
}
