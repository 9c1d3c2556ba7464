package io.github.pixivajax.core.model.artwork;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why pixiv recommended a work.
 *
 * @param methods pixiv's internal recommender names, e.g. {@code illust_by_illust_table_mf_tda}
 * @param seedIllustIds the works the recommendation was derived from
 */
public record Recommendation(
    List<String> methods,
    double score,
    List<String> seedIllustIds,
    @Nullable String banditInfo,
    @Nullable String recommendListId) {
  public Recommendation {
    methods = Copies.list(methods);
    seedIllustIds = Copies.list(seedIllustIds);
  }
}
