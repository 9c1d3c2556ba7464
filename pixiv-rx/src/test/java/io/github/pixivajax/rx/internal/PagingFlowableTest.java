package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subjects.SingleSubject;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
}
