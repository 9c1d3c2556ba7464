package io.github.pixivajax.core.model.search;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The stories (pixiv's curated articles) about a tag, by id.
 *
 * @param other fields this version does not model
 */
public record TagStories(List<String> tagStoryIds, @JsonAnySetter Map<String, Object> other) {
  public TagStories {
    tagStoryIds = Copies.list(tagStoryIds);
    other = Copies.map(other);
  }
}
