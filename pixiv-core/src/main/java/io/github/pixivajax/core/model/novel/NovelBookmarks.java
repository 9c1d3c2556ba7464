package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;

/**
 * A page of a user's novel bookmarks ({@code GET /ajax/user/{id}/novels/bookmarks}), newest first.
 *
 * @param total the number of bookmarks with this tag and visibility
 */
public record NovelBookmarks(List<NovelThumbnail> works, int total, @JsonAnySetter Map<String, Object> other) {
  public NovelBookmarks {
    works = Copies.list(works);
    other = Copies.map(other);
  }
}
