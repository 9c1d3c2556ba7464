package io.github.pixivajax.core.model.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Immutable copies that tolerate pixiv's null collections, elements and values. */
final class Copies {
  private Copies() {}

  static <T> List<T> list(@Nullable List<T> list) {
    if (list == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list);
    out.removeIf(Objects::isNull);
    return Collections.unmodifiableList(out);
  }

  static <V> Map<String, V> map(@Nullable Map<String, V> map) {
    if (map == null) {
      return Map.of();
    }
    Map<String, V> out = new LinkedHashMap<>(map);
    out.values().removeIf(Objects::isNull);
    return Collections.unmodifiableMap(out);
  }
}
