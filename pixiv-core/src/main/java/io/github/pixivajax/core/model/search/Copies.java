package io.github.pixivajax.core.model.search;

import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Immutable copies tolerating pixiv's nulls; {@link #works} also drops ad slots. */
final class Copies {
  private Copies() {}

  static <T> List<T> list(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  /**
   * Like {@link #list}, without the ad slots pixiv mixes into result lists ({@code
   * {"isAdContainer":true}}), which decode to a work without an id.
   */
  static <T> List<T> works(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(t -> t != null && !isPlaceholder(t)).toList();
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

  private static boolean isPlaceholder(Object work) {
    return (work instanceof ArtworkThumbnail && ((ArtworkThumbnail) work).id().isEmpty())
        || (work instanceof NovelThumbnail && ((NovelThumbnail) work).id().isEmpty());
  }
}
