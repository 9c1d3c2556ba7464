package io.github.pixivajax.core.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /ajax/novels/like}: {@code {"novel_id":"…"}}. */
public record NovelLikeRequest(@JsonProperty("novel_id") @JsonFormat(shape = JsonFormat.Shape.STRING) long novelId) {
  /** @throws IllegalArgumentException if {@code novelId < 1} */
  public NovelLikeRequest {
    if (novelId < 1) {
      throw new IllegalArgumentException("novel_id must be >= 1 but was " + novelId);
    }
  }

  public static NovelLikeRequest of(long novelId) {
    return new NovelLikeRequest(novelId);
  }
}
