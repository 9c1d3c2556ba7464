package io.github.pixivajax.core.model.novel;

import io.github.pixivajax.core.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An image the author uploaded into a novel's text ({@code [uploadedimage:novelImageId]}).
 *
 * @param urls size name ({@code original}, {@code 1200x1200}, {@code 480mw}, {@code 240mw},
 *     {@code 128x128}) → URL on {@code i.pximg.net}
 */
public record EmbeddedImage(String novelImageId, @Nullable String sl, Map<String, String> urls) {
  public EmbeddedImage {
    novelImageId = novelImageId == null ? "" : novelImageId;
    urls = Copies.map(urls);
  }

  /** The largest URL pixiv sent: {@code original}, else {@code 1200x1200}, else any. */
  public @Nullable String bestUrl() {
    String url = urls.get("original");
    if (url == null) {
      url = urls.get("1200x1200");
    }
    return url != null ? url : urls.values().stream().findFirst().orElse(null);
  }
}
