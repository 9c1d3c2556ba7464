package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subjects.SingleSubject;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reactivestreams.Subscription;

/** The paging operator on synchronous and hand-completed fetches. */
class PagingFlowableTest {
  @Test
  void requestingZeroWhileAFetchIsInFlightCancelsItAndSignalsTheViolation() {
    SingleSubject<Batch<String>> fetch = SingleSubject.create();
    TestSubscriber<String> sub = new PagingFlowable<String>(() -> fetch, 0).test(1);
    assertThat(fetch.hasObservers()).isTrue();
    sub.request(0);
    assertThat(fetch.hasObservers()).isFalse();
    sub.assertError(e -> e instanceof IllegalArgumentException && e.getMessage().contains("§3.9"));
  }

  @Test
  void requestingZeroBeforeAnyFetchSignalsTheViolationWithoutFetching() {
    AtomicInteger fetches = new AtomicInteger();
    TestSubscriber<String> sub = new PagingFlowable<String>(() -> {
      fetches.incrementAndGet();
      return Single.just(new Batch<>(List.of("a"), null));
    }, 2).test(0);
    sub.request(0);
    sub.assertError(IllegalArgumentException.class).assertNoValues();
    assertThat(fetches).hasValue(0);
  }

  @Test
  void aFetchThatThrowsFailsTheStream() {
    IllegalStateException boom = new IllegalStateException("boom");
    TestSubscriber<String> sub = new PagingFlowable<String>(() -> {
      throw boom;
    }, 0).test(1);
    sub.assertError(boom).assertNoValues();
  }

  @Test
  void cancellingInsideOnNextStopsTheStreamAndItsFetches() {
    AtomicInteger fetches = new AtomicInteger();
    PageSource<String>[] src = new PageSource[1];
    src[0] = () -> {
      fetches.incrementAndGet();
      return Single.just(new Batch<>(List.of("a", "b"), src[0]));
    };
    TestSubscriber<String> sub = new TestSubscriber<>(0) {
      @Override
      public void onNext(String s) {
        super.onNext(s);
        cancel();
      }
    };
    new PagingFlowable<>(src[0], 1).subscribe(sub);
    sub.request(5);
    sub.assertValuesOnly("a");
    assertThat(fetches).hasValue(1);
    sub.request(5);
    sub.assertValuesOnly("a");
    assertThat(fetches).hasValue(1);
  }

  /** Endless batches of {@code size} items numbered from 0, counting fetches. */
  private static PageSource<Integer> counting(AtomicInteger fetches, int size, int from) {
    return () -> {
      fetches.incrementAndGet();
      List<Integer> items = new java.util.ArrayList<>();
      for (int i = from; i < from + size; i++) {
        items.add(i);
      }
      return Single.just(new Batch<>(items, counting(fetches, size, from + size)));
    };
  }

  @Test
  void prefetchFetchesThatManyBatchesAheadOfDemand() {
    AtomicInteger none = new AtomicInteger();
    new PagingFlowable<>(counting(none, 1, 0), 0).test(1).assertValuesOnly(0);
    assertThat(none).hasValue(1);

    AtomicInteger two = new AtomicInteger();
    TestSubscriber<Integer> sub = new PagingFlowable<>(counting(two, 1, 0), 2).test(1);
    sub.assertValuesOnly(0);
    assertThat(two).hasValue(3);
    sub.request(3);
    sub.assertValuesOnly(0, 1, 2, 3);
    assertThat(two).hasValue(6);
  }

  @Test
  void aPartlyEmittedBatchCountsAsBuffered() {
    AtomicInteger fetches = new AtomicInteger();
    TestSubscriber<Integer> sub = new PagingFlowable<>(counting(fetches, 3, 0), 2).test(1);
    sub.assertValuesOnly(0);
    assertThat(fetches).hasValue(2);
    sub.request(4);
    sub.assertValuesOnly(0, 1, 2, 3, 4);
    assertThat(fetches).hasValue(3);
  }

  @Test
  void requestsAddUpBeforeTheFirstBatchArrives() {
    SingleSubject<Batch<Integer>> fetch = SingleSubject.create();
    TestSubscriber<Integer> sub = new PagingFlowable<Integer>(() -> fetch, 0).test(0);
    sub.request(2);
    sub.request(3);
    fetch.onSuccess(new Batch<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), null));
    sub.assertValuesOnly(1, 2, 3, 4, 5);
    sub.request(Long.MAX_VALUE);
    sub.request(Long.MAX_VALUE);
    sub.assertResult(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void aFailedFetchFailsTheStreamAfterTheItemsBeforeIt() {
    SingleSubject<Batch<String>> second = SingleSubject.create();
    TestSubscriber<String> sub = new PagingFlowable<String>(
        () -> Single.just(new Batch<>(List.of("a"), () -> second)), 0).test(5);
    sub.assertValuesOnly("a");
    IllegalStateException boom = new IllegalStateException("page 2");
    second.onError(boom);
    sub.assertFailure(IllegalStateException.class, "a");
  }

  @Test
  void cancellingDisposesTheFetchInFlight() {
    SingleSubject<Batch<String>> fetch = SingleSubject.create();
    TestSubscriber<String> sub = new PagingFlowable<String>(() -> fetch, 0).test(1);
    assertThat(fetch.hasObservers()).isTrue();
    sub.cancel();
    assertThat(fetch.hasObservers()).isFalse();
  }

  /** Keeps the operator's subscription for inspection; optionally cancels in its first {@code onNext}. */
  private static final class Inspecting extends TestSubscriber<Integer> {
    private final boolean cancelOnNext;
    private @Nullable Subscription upstream;

    Inspecting(boolean cancelOnNext) {
      super(0);
      this.cancelOnNext = cancelOnNext;
    }

    @Override
    public void onSubscribe(Subscription s) {
      upstream = s;
      super.onSubscribe(s);
    }

    @Override
    public void onNext(Integer i) {
      super.onNext(i);
      if (cancelOnNext) {
        cancel();
      }
    }

    @SuppressWarnings("unchecked")
    PagingFlowable.PagingSubscription<Integer> paging() {
      return (PagingFlowable.PagingSubscription<Integer>) upstream;
    }
  }

  // A cancelled stream's subscription may stay referenced (by a pending fetch, by the caller): it must
  // not keep the pages it fetched ahead.
  @Test
  void cancellingReleasesThePagesFetchedAhead() {
    AtomicInteger fetches = new AtomicInteger();
    Inspecting sub = new Inspecting(false);
    new PagingFlowable<>(counting(fetches, 3, 0), 2).subscribe(sub);
    sub.request(1);
    sub.assertValuesOnly(0);
    assertThat(sub.paging().head).containsExactly(0, 1, 2);
    assertThat(sub.paging().batches).containsExactly(List.of(3, 4, 5));

    sub.cancel();
    assertThat(sub.paging().head).isNull();
    assertThat(sub.paging().batches).isEmpty();
    assertThat(fetches).hasValue(2);
  }

  // Demand 1 is met by the first item (the drain loop's outer check releases the page), demand 5 is not
  // (the inner check does).
  @ParameterizedTest
  @ValueSource(longs = {1, 5})
  void cancellingInsideOnNextReleasesTheCurrentPage(long demand) {
    AtomicInteger fetches = new AtomicInteger();
    Inspecting sub = new Inspecting(true);
    new PagingFlowable<>(counting(fetches, 3, 0), 0).subscribe(sub);
    sub.request(demand);
    sub.assertValuesOnly(0);
    assertThat(sub.paging().head).isNull();
    assertThat(sub.paging().batches).isEmpty();
    assertThat(fetches).hasValue(1);
  }
}
