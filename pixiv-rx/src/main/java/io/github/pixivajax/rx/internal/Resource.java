package io.github.pixivajax.rx.internal;

import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A paginated pixiv resource: how to fetch the page at a position, where the next one is, and how to
 * identify items. Rebuilt from {@link #name()} and {@link #params()} to resume from a cursor.
 */
public interface Resource<T> {
  String name();

  Map<String, String> params();

  /** The position of the first page. */
  String start();

  /** Fetches the page at {@code position} on the calling thread when subscribed. */
  Single<Step<T>> fetch(String position);

  String id(T item);

  /** Live resources never end: they poll, waiting the poll interval between fetches. */
  default boolean live() {
    return false;
  }

  /** One fetched page: its items and the position of the next one (null at the end). */
  record Step<T>(List<T> items, @Nullable String next, @Nullable Integer total) {
    public Step {
      items = List.copyOf(items);
    }
  }
}
