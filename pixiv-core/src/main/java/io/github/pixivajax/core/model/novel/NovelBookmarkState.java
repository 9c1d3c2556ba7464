package io.github.pixivajax.core.model.novel;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.model.BookmarkData;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /ajax/novel/{id}/bookmarkData} returns: the viewer's bookmark on the novel, null
 * when there is none.
 */
public record NovelBookmarkState(@JsonProperty("isBookmarkable") boolean bookmarkable, @Nullable BookmarkData bookmarkData) {}
