package io.github.pixivajax.rx.internal;

import io.reactivex.rxjava3.core.Single;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one paginated pixiv resource is fetched: the page at a position, where the next one is, and
 * how items are identified. Its name and parameters belong to the stream that uses it.
 */
public interface Resource<T> {
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
