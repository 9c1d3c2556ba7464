package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tag block of an artwork: who may edit, and the tags in display order. */
public record ArtworkTags(
    @Nullable String authorId,
    @JsonProperty("isLocked") boolean locked,
    List<Tag> tags,
    boolean writable) {
  public ArtworkTags {
    tags = Copies.list(tags);
  }
}
