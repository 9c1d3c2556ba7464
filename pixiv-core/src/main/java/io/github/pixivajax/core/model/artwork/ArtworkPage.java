package io.github.pixivajax.core.model.artwork;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One page (image) of an artwork as {@code GET /ajax/illust/{id}/pages} lists it: its URLs on
 * {@code i.pximg.net} (which need {@code Referer: https://www.pixiv.net/}) and its size in pixels.
 */
public record ArtworkPage(Urls urls, int width, int height) {
  public ArtworkPage {
    urls = urls == null ? new Urls(null, null, null, null) : urls;
  }

  /** The sizes pixiv serves of the page; null when pixiv withholds one. */
  public record Urls(
      @JsonProperty("thumb_mini") @Nullable String thumbMini,
      @Nullable String small,
      @Nullable String regular,
      @Nullable String original) {}
}
