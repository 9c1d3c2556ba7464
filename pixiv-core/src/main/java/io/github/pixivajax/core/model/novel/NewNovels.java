package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /ajax/novel/new} returns: everyone's newest novels, newest first.
 *
 * @param lastId the cursor for the next (older) page: pass it as {@code lastId}
 */
public record NewNovels(List<NovelThumbnail> novels, @Nullable String lastId, @JsonAnySetter Map<String, Object> other) {
  public NewNovels {
    novels = Copies.list(novels);
    other = Copies.map(other);
  }
}
