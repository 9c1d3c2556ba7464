package io.github.pixivajax.core.model.discovery;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;

/** A user Discovery recommends, and their recent works; all ids point into the surrounding feed. */
public record RecommendedUser(String userId, List<String> recentIllustIds, List<String> recentNovelIds) {
  public RecommendedUser {
    userId = userId == null ? "" : userId;
    recentIllustIds = Copies.list(recentIllustIds);
    recentNovelIds = Copies.list(recentNovelIds);
  }
}
