package io.github.pixivajax.core.model;

import io.github.pixivajax.core.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tag on an artwork. {@code translation} maps a language code ({@code en}, {@code zh}…) to the
 * translated name pixiv shows in that language; it is empty when there is none.
 */
public record Tag(
    String tag,
    boolean locked,
    boolean deletable,
    @Nullable String userId,
    @Nullable String userName,
    @Nullable String romaji,
    Map<String, String> translation) {
  public Tag {
    tag = tag == null ? "" : tag;
    translation = Copies.map(translation);
  }
}
