package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An artwork page a novel embeds with {@code [pixivimage:ID-PAGE]}, as {@code GET
 * /ajax/novel/{id}/insert_illusts} returns it (keyed by {@code ID-PAGE}).
 *
 * @param visible false when the viewer may not see it (deleted, R-18 without a session…);
 *     {@code availableMessage} then says why
 * @param illust the artwork's title and image URLs, null when not visible
 * @param page the 1-based page, when pixiv sends it
 */
public record InsertedIllust(
    @Nullable String id,
    boolean visible,
    @Nullable String availableMessage,
    @Nullable Illust illust,
    int page,
    @JsonAnySetter Map<String, Object> other) {
  public InsertedIllust {
    other = Copies.map(other);
  }

  /** The artwork's title and image URLs ({@code small}, {@code medium}, {@code original}). */
  public record Illust(
      @Nullable String title,
      @Nullable String description,
      int restrict,
      int xRestrict,
      Map<String, String> images,
      @JsonAnySetter Map<String, Object> other) {
    public Illust {
      images = Copies.map(images);
      other = Copies.map(other);
    }

    /** The largest URL pixiv sent: {@code original}, else {@code medium}, else {@code small}. */
    public @Nullable String bestUrl() {
      String url = images.get("original");
      if (url == null) {
        url = images.get("medium");
      }
      return url != null ? url : images.get("small");
    }
  }
}
