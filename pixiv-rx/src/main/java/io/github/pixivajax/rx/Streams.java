package io.github.pixivajax.rx;

import io.github.pixivajax.rx.internal.Batch;
import io.github.pixivajax.rx.internal.PageSource;
import io.github.pixivajax.rx.internal.PagingFlowable;
import io.github.pixivajax.rx.internal.Resilience;
import io.github.pixivajax.rx.internal.Resource;
import io.github.pixivajax.rx.internal.SeenIdsFilter;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns a named {@link Resource} into page and item Flowables with cursors, retries and de-duplication. */
final class Streams {
  private final RxConfig config;
  private final Resilience resilience;

  Streams(RxConfig config, Resilience resilience) {
    this.config = config;
    this.resilience = resilience;
  }

  <T> Flowable<Page<T>> pages(String name, Map<String, String> params, Resource<T> resource, String position) {
    return flow(name, params, resource, position, List::of);
  }

  <T> Flowable<T> items(String name, Map<String, String> params, Resource<T> resource, String position) {
    return flow(name, params, resource, position, Page::items);
  }

  private <T, E> Flowable<E> flow(
      String name, Map<String, String> params, Resource<T> resource, String position, Function<Page<T>, List<E>> out) {
    if (position.equals(Cursor.END)) {
      return Flowable.empty();
    }
    return Flowable.defer(() -> new PagingFlowable<>(
        source(name, params, resource, position, SeenIdsFilter.create(config.dedupeCapacity()), false, out),
        config.prefetch()));
  }

  private <T, E> PageSource<E> source(String name, Map<String, String> params, Resource<T> resource, String position,
      SeenIdsFilter seen, boolean delay, Function<Page<T>, List<E>> out) {
    return () -> {
      String what = name + " " + position;
      Single<Resource.Step<T>> fetch = resilience.run(what, () -> resource.fetch(position));
      if (delay) {
        // Live resources wait between polls; the timer runs on the I/O scheduler, and disposing cancels it.
        fetch = Single.timer(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS, config.scheduler())
            .flatMap(t -> resilience.run(what, () -> resource.fetch(position)));
      }
      return fetch.map(step -> {
        List<T> fresh = seen.keepNew(step.items(), resource::id);
        // Live tails may legitimately repeat; anything else that only repeats is going in circles.
        @Nullable String next = seen.exhausted() && !resource.live() ? null : step.next();
        Cursor<T> cursor = new Cursor<>(name, params, next == null ? Cursor.END : next);
        Page<T> page = new Page<>(fresh, cursor, next == null, step.total());
        PageSource<E> following = next == null ? null : source(name, params, resource, next, seen, resource.live(), out);
        return new Batch<>(out.apply(page), following);
      });
    };
  }
}
