package io.github.pixivajax.rx.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent ids a stream emitted, bounded: date-sorted feeds shift when new works arrive, so
 * the next page may repeat the tail of the previous one.
 */
final class SeenIds {
  private final int capacity;
  private final LinkedHashMap<String, Boolean> ids;

  SeenIds(int capacity) {
    this.capacity = capacity;
    this.ids = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > SeenIds.this.capacity;
      }
    };
  }

  /** True the first time an id is offered (while it is remembered). */
  synchronized boolean add(String id) {
    if (capacity == 0) {
      return true;
    }
    return ids.put(id, Boolean.TRUE) == null;
  }

  synchronized int size() {
    return ids.size();
  }
}
