package io.github.pixivajax.rx;

import io.github.pixivajax.rx.internal.Batch;
import io.github.pixivajax.rx.internal.PageSource;
import io.github.pixivajax.rx.internal.PagingFlowable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.tck.PublisherVerification;
import org.reactivestreams.tck.TestEnvironment;

/** The Reactive Streams TCK against the paging operator, fetching three-item pages asynchronously. */
public class PagingFlowableTckTest extends PublisherVerification<Long> {
  public PagingFlowableTckTest() {
    // Signals that must come get 500 ms (a loaded 2-core machine); a check that nothing more comes waits
    // 50 ms, as RxJava's own TCK tests do (25 ms): the operator signals synchronously or not at all.
    super(new TestEnvironment(500, 50));
  }

  private static PageSource<Long> from(long start, long end) {
    return () -> Single.fromCallable(() -> {
      List<Long> items = new ArrayList<>();
      for (long i = start; i < Math.min(end, start + 3); i++) {
        items.add(i);
      }
      long next = start + items.size();
      return new Batch<>(items, next >= end ? null : from(next, end));
    }).subscribeOn(Schedulers.io());
  }

  @Override
  public Publisher<Long> createPublisher(long elements) {
    if (elements == 0) {
      return new PagingFlowable<Long>(() -> Single.just(new Batch<>(List.of(), null)), 0);
    }
    return new PagingFlowable<>(from(0, elements), 0);
  }

  /** The operator has no failed state: a fetch fails only once demand asks for it (tested elsewhere). */
  @Override
  public @Nullable Publisher<Long> createFailedPublisher() {
    return null;
  }

  @Override
  public long maxElementsFromPublisher() {
    return 1_000;
  }
}
