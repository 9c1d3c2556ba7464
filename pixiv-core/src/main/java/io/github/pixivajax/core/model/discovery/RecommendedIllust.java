package io.github.pixivajax.core.model.discovery;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;

/**
 * An artwork Discovery recommends ({@code illustId} is in the surrounding feed's artworks) and why.
 *
 * @param recommendMethods pixiv's recommender names, e.g. {@code illust_for_user_tda000}
 * @param recommendSeedIllustIds the viewer's artworks (bookmarks, views) the recommendation started from
 */
public record RecommendedIllust(
    String illustId, List<String> recommendMethods, double recommendScore, List<String> recommendSeedIllustIds) {
  public RecommendedIllust {
    illustId = illustId == null ? "" : illustId;
    recommendMethods = Copies.list(recommendMethods);
    recommendSeedIllustIds = Copies.list(recommendSeedIllustIds);
  }
}
