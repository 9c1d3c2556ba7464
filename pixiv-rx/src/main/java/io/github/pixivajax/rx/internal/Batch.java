package io.github.pixivajax.rx.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one fetch produced: items to emit, and the source of the following fetch (null at the end). */
public record Batch<E>(List<E> items, @Nullable PageSource<E> next) {
  public Batch {
    items = List.copyOf(items);
  }
}
