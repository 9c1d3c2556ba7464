package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An ugoira (animation) as {@code GET /ajax/illust/{id}/ugoira_meta} describes it: two zip archives
 * of numbered frames and how long each frame shows.
 *
 * @param src the zip of frames scaled to fit 600×600
 * @param originalSrc the zip of full-size frames
 * @param mimeType the frames' type, e.g. {@code image/jpeg}
 * @param frames in playing order; {@code file} names an entry of either zip
 * @param other fields this version does not model
 */
public record UgoiraMeta(
    @Nullable String src,
    @Nullable String originalSrc,
    @JsonProperty("mime_type") @Nullable String mimeType,
    List<Frame> frames,
    @JsonAnySetter Map<String, Object> other) {
  public UgoiraMeta {
    frames = Copies.list(frames);
    other = Copies.map(other);
  }

  /** How long one loop plays: the sum of the frames' delays. */
  public Duration duration() {
    return Duration.ofMillis(frames.stream().mapToLong(Frame::delay).sum());
  }

  /**
   * One frame.
   *
   * @param file the entry in the zip, e.g. {@code 000000.jpg}
   * @param delay how long it shows, in milliseconds
   */
  public record Frame(String file, int delay) {
    public Frame {
      file = file == null ? "" : file;
    }
  }
}
