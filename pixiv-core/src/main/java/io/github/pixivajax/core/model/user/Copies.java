package io.github.pixivajax.core.model.user;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Immutable copies that tolerate what pixiv sends: null collections, null elements, null values. */
final class Copies {
  private Copies() {}

  static <T> List<T> list(@Nullable List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<K, V> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k != null && v != null) {
        out.put(k, v);
      }
    });
    return Collections.unmodifiableMap(out);
  }

  /** Keeps null values, which pixiv uses for "exists, not loaded here"; keeps pixiv's key order. */
  static <K, V> Map<K, @Nullable V> mapKeepingNulls(@Nullable Map<K, @Nullable V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<K, @Nullable V> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k != null) {
        out.put(k, v);
      }
    });
    return Collections.unmodifiableMap(out);
  }

  static List<String> keys(Map<String, ?> map) {
    return List.copyOf(map.keySet());
  }
}
