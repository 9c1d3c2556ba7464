package io.github.pixivajax.core.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An artwork page as novels embed it ({@code [pixivimage:ID-PAGE]}) and as {@code insert_illusts}
 * asks for it: {@code 12345678-1}. The page is 1-based; {@code [pixivimage:ID]} means page 1.
 */
public record IllustPageId(long illustId, int page) implements QueryValue {
  private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,18})(?:-([1-9][0-9]{0,4}))?");

  /** @throws IllegalArgumentException unless both are positive */
  public IllustPageId {
    if (illustId < 1) {
      throw new IllegalArgumentException("illustId must be >= 1 but was " + illustId);
    }
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1 but was " + page);
    }
  }

  /** Parses {@code ID-PAGE} or {@code ID}. @throws IllegalArgumentException naming {@code id[]} */
  public static IllustPageId parse(String value) {
    Objects.requireNonNull(value, "id == null");
    var m = FORM.matcher(value.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("id[] must look like ILLUST_ID-PAGE but was \"" + value + "\"");
    }
    return new IllustPageId(Long.parseLong(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
  }

  @Override
  public String queryValue() {
    return illustId + "-" + page;
  }

  @Override
  public String toString() {
    return queryValue();
  }
}
