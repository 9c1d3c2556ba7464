package io.github.pixivajax.rx;

import static io.github.pixivajax.rx.Area.positive;

import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import java.util.List;

/** Series as streams ({@link RxPixiv#series()}), mirroring {@code PixivClient.series()}. */
public final class SeriesStreams {
  private final Area area;

  SeriesStreams(Area area) {
    this.area = area;
  }

  /**
   * The works of a manga series in series order, page after page, until the series' {@code total}.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> series(long seriesId) {
    positive(seriesId, "seriesId");
    return area.paged("series", Resources.byPage(p -> area.client.series().series(seriesId, p).map(f -> {
      var page = f.page();
      if (page == null) {
        return new PageOf<ArtworkThumbnail>(List.of(), true, null);
      }
      List<String> ids = page.series().stream().map(w -> w.workId()).toList();
      int reached = page.series().stream().mapToInt(w -> w.order()).max().orElse(0);
      return new PageOf<>(f.artworks(ids), reached >= page.total(), page.total());
    }), ArtworkThumbnail::id, null), seriesId);
  }
}
