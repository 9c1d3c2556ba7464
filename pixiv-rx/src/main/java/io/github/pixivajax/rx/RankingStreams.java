package io.github.pixivajax.rx;

import io.github.pixivajax.core.api.RankingContent;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.TouchRankingType;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import io.reactivex.rxjava3.core.Single;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Rankings as streams ({@link RxPixiv#ranking()}), mirroring {@code PixivClient.ranking()}. */
public final class RankingStreams {
  private final Area area;

  RankingStreams(Area area) {
    this.area = area;
  }

  /**
   * A whole ranking, 50 works a page, until pixiv's {@code next} is {@code false}.
   *
   * @param content null for pixiv's default (all kinds)
   * @param date null for the latest ranking
   * @return a {@link Paged}
   */
  public Paged<RankingItem> ranking(RankingMode mode, @Nullable RankingContent content, @Nullable LocalDate date) {
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("ranking", Resources.byPage(
        p -> area.client.ranking().ranking(mode, content, date, p)
            .map(r -> new PageOf<>(r.contents(), r.next() == null, r.rankTotal())),
        RankingItem::illustId, null), mode, content, date);
  }

  /**
   * The touch (mobile) ranking with each work's details, fetched in one extra call per page.
   *
   * @param type null for pixiv's default
   * @param date null for the latest ranking
   * @return a {@link Paged}
   */
  public Paged<RankedArtwork> touchRanking(RankingMode mode, @Nullable TouchRankingType type, @Nullable LocalDate date) {
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("touchRanking", Resources.byPage(p -> area.client.ranking().touchRanking(mode, type, p, date).flatMap(r -> {
      if (r.ranking().isEmpty()) {
        return Single.just(new PageOf<RankedArtwork>(List.of(), true, null));
      }
      return area.client.artworks().recommendedIllusts(r.illustIds()).map(details -> {
        Map<String, ArtworkThumbnail> byId = new HashMap<>();
        details.illusts().forEach(t -> byId.put(t.id(), t));
        List<RankedArtwork> ranked = new ArrayList<>();
        r.ranking().forEach(item -> {
          ArtworkThumbnail t = byId.get(item.illustId());
          if (t != null) {
            ranked.add(new RankedArtwork(item.rank(), t));
          }
        });
        return new PageOf<>(ranked, r.next() == null, null);
      });
    }), ranked -> ranked.artwork().id(), null), mode, type, date);
  }
}
