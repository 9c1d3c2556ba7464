package io.github.pixivajax.core.model;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A manga or illustration series as pixiv lists it in feeds and watch lists. */
public record IllustSeries(
    String id,
    @Nullable String userId,
    @Nullable String title,
    @Nullable String description,
    @Nullable String caption,
    int total,
    @Nullable String url,
    @Nullable String firstIllustId,
    @Nullable String latestIllustId,
    @Nullable OffsetDateTime createDate,
    @Nullable OffsetDateTime updateDate,
    int watchCount,
    boolean isWatched,
    boolean isNotifying) {
  public IllustSeries {
    id = id == null ? "" : id;
  }
}
