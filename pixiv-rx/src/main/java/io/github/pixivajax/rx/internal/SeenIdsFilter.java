package io.github.pixivajax.rx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Drops items whose id a stream already emitted (bounded memory). */
public final class SeenIdsFilter {
  /** Pages in a row that brought only repeats: a feed going round in circles ends after this many. */
  public static final int MAX_STALE_PAGES = 3;

  private final SeenIds seen;
  private int stale;

  private SeenIdsFilter(int capacity) {
    this.seen = new SeenIds(capacity);
  }

  public static SeenIdsFilter create(int capacity) {
    return new SeenIdsFilter(capacity);
  }

  public synchronized <T> List<T> keepNew(List<T> items, Function<T, String> id) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      if (seen.add(id.apply(item))) {
        out.add(item);
      }
    }
    if (!items.isEmpty()) {
      stale = out.isEmpty() ? stale + 1 : 0;
    }
    return out;
  }

  /** True once {@link #MAX_STALE_PAGES} pages in a row brought nothing new. */
  public synchronized boolean exhausted() {
    return stale >= MAX_STALE_PAGES;
  }
}
