package io.github.pixivajax.rx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Drops items whose id a stream already emitted (bounded memory). */
public final class SeenIdsFilter {
  private final SeenIds seen;

  private SeenIdsFilter(int capacity) {
    this.seen = new SeenIds(capacity);
  }

  public static SeenIdsFilter create(int capacity) {
    return new SeenIdsFilter(capacity);
  }

  public <T> List<T> keepNew(List<T> items, Function<T, String> id) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      if (seen.add(id.apply(item))) {
        out.add(item);
      }
    }
    return out;
  }
}
