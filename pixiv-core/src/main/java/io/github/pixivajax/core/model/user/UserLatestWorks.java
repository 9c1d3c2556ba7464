package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.WorksById;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's works as {@code GET /ajax/user/{id}/works/latest} returns them: every id, newest first,
 * mapped to its thumbnail for the latest few and to {@code null} for the rest.
 */
public record UserLatestWorks(
    Map<String, @Nullable ArtworkThumbnail> illusts,
    Map<String, @Nullable NovelThumbnail> novels,
    @JsonAnySetter Map<String, Object> other) implements WorksById {
  public UserLatestWorks {
    illusts = Copies.mapKeepingNulls(illusts);
    novels = Copies.mapKeepingNulls(novels);
    other = Copies.map(other);
  }

  /** pixiv lists manga among {@link #illusts()} here. */
  @Override
  public Map<String, ?> manga() {
    return Map.of();
  }

  /** The artworks pixiv sent thumbnails for, newest first. */
  public List<ArtworkThumbnail> artworks() {
    return illusts.values().stream().filter(Objects::nonNull).toList();
  }
}
