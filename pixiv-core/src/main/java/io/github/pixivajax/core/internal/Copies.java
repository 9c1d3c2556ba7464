package io.github.pixivajax.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Immutable copies for the models' compact constructors, tolerating what pixiv sends: null or missing
 * collections, null elements, null map values. Order is pixiv's.
 */
public final class Copies {
  private Copies() {}

  /** An unmodifiable copy without null elements; empty for null. */
  public static <T> List<T> list(@Nullable List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    if (!hasNull(list)) {
      return List.copyOf(list); // one array, no wrapper: the common case
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  // List.contains(null) throws on immutable lists, which callers may pass.
  private static boolean hasNull(List<?> list) {
    for (Object o : list) {
      if (o == null) {
        return true;
      }
    }
    return false;
  }

  /** An unmodifiable copy without null keys or values; empty for null. */
  public static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
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

  /** Keeps null values, which pixiv uses for "exists, not loaded here" (e.g. {@code userIllusts}). */
  public static <K, V> Map<K, @Nullable V> mapKeepingNulls(@Nullable Map<K, @Nullable V> map) {
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
}
