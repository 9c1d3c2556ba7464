package io.github.pixivajax.core.model.ranking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Immutable copies tolerating pixiv's nulls: null collections, elements and values are dropped. */
final class Copies {
  private Copies() {}

  static <T> List<T> list(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
    Map<K, V> out = new LinkedHashMap<>();
    if (map != null) {
      map.forEach((k, v) -> {
        if (k != null && v != null) {
          out.put(k, v);
        }
      });
    }
    return Collections.unmodifiableMap(out);
  }
}
