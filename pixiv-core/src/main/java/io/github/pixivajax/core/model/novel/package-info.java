/**
 * Records for novel endpoints: a novel's text and metadata, series, search, bookmarks and
 * recommendations. Lists of novels use {@link io.github.pixivajax.core.model.NovelThumbnail}, the one
 * novel summary type pixiv sends everywhere.
 */
@NullMarked
package io.github.pixivajax.core.model.novel;

import org.jspecify.annotations.NullMarked;
