package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;

/** What {@code GET /ajax/user/{id}/profile/novels} returns: the requested novels keyed by id. */
public record NovelProfileWorks(Map<String, NovelThumbnail> works, @JsonAnySetter Map<String, Object> other) {
  public NovelProfileWorks {
    works = Copies.map(works);
    other = Copies.map(other);
  }

  /** The novels in pixiv's order. */
  public List<NovelThumbnail> novels() {
    return List.copyOf(works.values());
  }
}
