package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;

/**
 * Novels related to a novel: {@code recommend/init} returns the first ones and {@code nextIds} to
 * fetch with {@code recommend/novels}, which returns only {@code novels}.
 */
public record NovelRecommendations(
    List<NovelThumbnail> novels, List<String> nextIds, @JsonAnySetter Map<String, Object> other) {
  public NovelRecommendations {
    novels = Copies.list(novels);
    nextIds = Copies.list(nextIds);
    other = Copies.map(other);
  }
}
