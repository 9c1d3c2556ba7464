package io.github.pixivajax.core.model.artwork;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everyone's newest works, newest first, as {@code GET /ajax/illust/new} returns them.
 *
 * @param lastId the id of the oldest work here: pass it as {@code lastId} to get the works before it
 * @param other fields this version does not model (e.g. {@code zoneConfig}, {@code extraData})
 */
public record NewIllusts(
    List<ArtworkThumbnail> illusts, @Nullable String lastId, @JsonAnySetter Map<String, Object> other) {
  public NewIllusts {
    illusts = Copies.list(illusts);
    other = Copies.map(other);
  }
}
