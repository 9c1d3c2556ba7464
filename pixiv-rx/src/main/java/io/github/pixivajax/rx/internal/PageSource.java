package io.github.pixivajax.rx.internal;

import io.reactivex.rxjava3.core.Single;

/** One fetch at a fixed position; immutable, so a stream can be restarted from any batch's {@code next}. */
@FunctionalInterface
public interface PageSource<E> {
  /** A cold Single performing the fetch; subscribing sends the request, disposing cancels it. */
  Single<Batch<E>> fetch();
}
