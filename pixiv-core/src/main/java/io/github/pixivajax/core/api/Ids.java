package io.github.pixivajax.core.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks the id lists that endpoints take, so a bad list fails before any request. */
final class Ids {
  static final int MAX = 100;
  private static final Pattern NUMERIC = Pattern.compile("[1-9][0-9]{0,18}");

  private Ids() {}

  /** An unmodifiable copy of 1..{@value #MAX} positive decimal ids; otherwise IllegalArgumentException naming {@code name}. */
  static List<String> check(String name, List<String> ids) {
    Objects.requireNonNull(ids, name + " == null");
    if (ids.isEmpty() || ids.size() > MAX) {
      throw new IllegalArgumentException(name + " must hold 1 to " + MAX + " ids but held " + ids.size());
    }
    for (String id : ids) {
      if (id == null || !NUMERIC.matcher(id).matches()) {
        throw new IllegalArgumentException(name + " must hold positive decimal ids but held \"" + id + "\"");
      }
    }
    return List.copyOf(ids);
  }
}
