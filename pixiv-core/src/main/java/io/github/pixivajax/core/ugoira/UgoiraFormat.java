package io.github.pixivajax.core.ugoira;

import java.util.Locale;

/** What an ugoira can be converted to. */
public enum UgoiraFormat {
  /** Animated GIF, written in pure Java (no ffmpeg). */
  GIF("gif", false),
  /** VP9 in WebM, through ffmpeg. */
  WEBM("webm", true),
  /** H.264 in MP4, through ffmpeg. */
  MP4("mp4", true),
  /** Animated WebP, through ffmpeg. */
  WEBP("webp", true),
  /** Animated PNG, through ffmpeg. */
  APNG("apng", true);

  private final String extension;
  private final boolean needsFfmpeg;

  UgoiraFormat(String extension, boolean needsFfmpeg) {
    this.extension = extension;
    this.needsFfmpeg = needsFfmpeg;
  }

  /** The file extension, without the dot ({@code apng} for APNG, as ffmpeg names the format). */
  public String extension() {
    return extension;
  }

  /** Whether converting to this format runs ffmpeg. */
  public boolean needsFfmpeg() {
    return needsFfmpeg;
  }

  /** The format named {@code name} ({@code gif}, {@code webm}…), case-insensitively. */
  public static UgoiraFormat of(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("format must be gif, webm, mp4, webp or apng but was " + name, e);
    }
  }
}
