package io.github.pixivajax.core.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the search queries share: their parameters as pixiv spells them, and the checks on ranges. */
final class QueryParams {
  private QueryParams() {}

  /** Adds {@code name} unless {@code value} is null, in its wire form. */
  static void put(Map<String, String> q, String name, @Nullable Object value) {
    if (value != null) {
      q.put(name, value instanceof QueryValue ? ((QueryValue) value).queryValue() : value.toString());
    }
  }

  /** An open or closed range: neither bound below 0, and {@code min <= max} when both are set. */
  static void bounds(String minName, @Nullable Integer min, String maxName, @Nullable Integer max) {
    nonNegative(minName, min);
    nonNegative(maxName, max);
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(minName + " (" + min + ") is greater than " + maxName + " (" + max + ")");
    }
  }

  private static void nonNegative(String name, @Nullable Integer value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
  }
}
