package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import java.util.List;
import java.util.Map;

/**
 * The thumbnails {@code GET /ajax/user/{id}/profile/illusts} returns for the ids asked for, keyed by
 * id, newest first. Ids that are not the user's, or not of the category, are left out.
 *
 * @param other e.g. {@code extraData} (the page's title and description) and {@code zoneConfig}
 */
public record ProfileWorks(Map<String, ArtworkThumbnail> works, @JsonAnySetter Map<String, Object> other) {
  public ProfileWorks {
    works = Copies.map(works);
    other = Copies.map(other);
  }

  /** The artworks, in pixiv's order. */
  public List<ArtworkThumbnail> artworks() {
    return List.copyOf(works.values());
  }
}
