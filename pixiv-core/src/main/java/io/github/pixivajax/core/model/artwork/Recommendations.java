package io.github.pixivajax.core.model.artwork;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Works related to an artwork, as {@code GET /ajax/illust/{id}/recommend/init} returns them.
 *
 * @param illusts the first recommended works; the ad slots pixiv mixes in (entries without an id)
 *     are dropped
 * @param nextIds ids of further recommendations, in pixiv's order, to load later
 * @param details why each work (by id) was recommended, for {@code illusts} and {@code nextIds}
 * @param other fields this version does not model
 */
public record Recommendations(
    List<ArtworkThumbnail> illusts,
    List<String> nextIds,
    Map<String, Recommendation> details,
    @JsonAnySetter Map<String, Object> other) {
  public Recommendations {
    illusts = withoutAds(illusts);
    nextIds = Copies.list(nextIds);
    details = Copies.map(details);
    other = Copies.map(other);
  }

  private static List<ArtworkThumbnail> withoutAds(List<ArtworkThumbnail> illusts) {
    List<ArtworkThumbnail> out = new ArrayList<>();
    for (ArtworkThumbnail t : Copies.list(illusts)) {
      if (!t.id().isEmpty()) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
