package io.github.pixivajax.core.model.novel;

import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code GET /ajax/novel/series/{id}/content_titles}: every part of a series in order,
 * by id and title; {@code available} is false for parts the viewer may not read.
 */
public record SeriesContentTitle(String id, @Nullable String title, boolean available) {
  public SeriesContentTitle {
    id = id == null ? "" : id;
  }
}
