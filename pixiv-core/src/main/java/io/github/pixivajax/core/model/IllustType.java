package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/** pixiv's {@code illustType}: 0 illustration, 1 manga, 2 ugoira; sent as a number or a string. */
public enum IllustType {
  ILLUST(0),
  MANGA(1),
  UGOIRA(2),
  /** A code this version does not know. */
  UNKNOWN(-1);

  private final int code;

  IllustType(int code) {
    this.code = code;
  }

  @JsonValue
  public int code() {
    return code;
  }

  @JsonCreator
  public static IllustType of(@Nullable Object value) {
    if (value == null) {
      return UNKNOWN;
    }
    String s = value.toString().trim().toLowerCase(java.util.Locale.ROOT);
    switch (s) {
      case "0":
      case "illust":
        return ILLUST;
      case "1":
      case "manga":
        return MANGA;
      case "2":
      case "ugoira":
        return UGOIRA;
      default:
        return UNKNOWN;
    }
  }
}
