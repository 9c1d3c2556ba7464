package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.WorksById;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;

/**
 * What a user's profile page shows first, as {@code GET /ajax/user/{id}/profile/top} returns it: their
 * newest illustrations, manga and novels (a dozen or so of each), keyed by id, newest first.
 *
 * @param other e.g. {@code extraData} (the page's meta), {@code zoneConfig}, {@code requestPostWorks},
 *     {@code requestPlans}
 */
public record ProfileTop(
    Map<String, ArtworkThumbnail> illusts,
    Map<String, ArtworkThumbnail> manga,
    Map<String, NovelThumbnail> novels,
    @JsonAnySetter Map<String, Object> other) implements WorksById {
  public ProfileTop {
    illusts = Copies.map(illusts);
    manga = Copies.map(manga);
    novels = Copies.map(novels);
    other = Copies.map(other);
  }
}
