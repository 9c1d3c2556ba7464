package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import java.util.List;
import java.util.Map;

/**
 * A page of a user's works with one tag, as {@code GET /ajax/user/{id}/{kind}/tag} returns it, newest
 * first.
 *
 * @param total how many of the user's works carry the tag in all
 * @param other e.g. {@code extraData} and {@code zoneConfig}
 */
public record TaggedWorks(List<ArtworkThumbnail> works, int total, @JsonAnySetter Map<String, Object> other) {
  public TaggedWorks {
    works = Copies.list(works);
    other = Copies.map(other);
  }

  /** This page's work ids, in pixiv's order. */
  public List<String> ids() {
    return works.stream().map(ArtworkThumbnail::id).toList();
  }
}
