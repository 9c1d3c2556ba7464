package io.github.pixivajax.core.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /ajax/illusts/like}: {@code {"illust_id":"…"}}. */
public record LikeRequest(@JsonProperty("illust_id") @JsonFormat(shape = JsonFormat.Shape.STRING) long illustId) {
  /** @throws IllegalArgumentException if {@code illustId < 1} */
  public LikeRequest {
    if (illustId < 1) {
      throw new IllegalArgumentException("illust_id must be >= 1 but was " + illustId);
    }
  }

  public static LikeRequest of(long illustId) {
    return new LikeRequest(illustId);
  }
}
