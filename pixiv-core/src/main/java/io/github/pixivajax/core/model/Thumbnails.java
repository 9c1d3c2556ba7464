package io.github.pixivajax.core.model;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;

/** The works a feed response refers to by id, grouped by kind. */
public record Thumbnails(
    List<ArtworkThumbnail> illust,
    List<NovelThumbnail> novel,
    List<Map<String, Object>> novelSeries,
    List<Map<String, Object>> novelDraft) {
  public Thumbnails {
    illust = Copies.list(illust);
    novel = Copies.list(novel);
    novelSeries = Copies.list(novelSeries);
    novelDraft = Copies.list(novelDraft);
  }

  static Thumbnails empty() {
    return new Thumbnails(List.of(), List.of(), List.of(), List.of());
  }
}
