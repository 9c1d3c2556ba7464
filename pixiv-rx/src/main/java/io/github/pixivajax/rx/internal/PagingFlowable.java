package io.github.pixivajax.rx.internal;

import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.core.SingleObserver;
import io.reactivex.rxjava3.disposables.Disposable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A generate-style source that fetches one batch per demand: nothing is fetched until downstream
 * requests, one fetch is in flight at a time, at most {@code prefetch} batches are fetched ahead of
 * demand, and cancelling disposes the in-flight fetch (which cancels its HTTP call).
 *
 * <p>Unlike {@code Flowable.generate}, the fetch is asynchronous, so cancellation reaches a call
 * that is still running.
 */
public final class PagingFlowable<E> extends Flowable<E> {
  private final PageSource<E> first;
  private final int prefetch;

  public PagingFlowable(PageSource<E> first, int prefetch) {
    this.first = Objects.requireNonNull(first, "first == null");
    if (prefetch < 0) {
      throw new IllegalArgumentException("prefetch must be >= 0 but was " + prefetch);
    }
    this.prefetch = prefetch;
  }

  @Override
  protected void subscribeActual(Subscriber<? super E> s) {
    s.onSubscribe(new PagingSubscription<>(s, first, prefetch));
  }

  static final class PagingSubscription<E> extends AtomicInteger implements Subscription {
    private static final long serialVersionUID = 1L;

    final Subscriber<? super E> downstream;
    final int prefetch;
    final AtomicLong requested = new AtomicLong();
    final AtomicReference<@Nullable Disposable> inFlight = new AtomicReference<>();
    final ConcurrentLinkedQueue<List<E>> batches = new ConcurrentLinkedQueue<>();

    volatile @Nullable PageSource<E> next;
    volatile boolean fetching;
    volatile @Nullable Throwable error;
    volatile boolean cancelled;
    volatile boolean everRequested;

    // Touched only inside the drain loop.
    @Nullable List<E> head;
    int headIndex;
    boolean terminated;

    PagingSubscription(Subscriber<? super E> downstream, PageSource<E> first, int prefetch) {
      this.downstream = downstream;
      this.next = first;
      this.prefetch = prefetch;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        error = new IllegalArgumentException("§3.9 violated: positive request amount required but it was " + n);
        next = null;
        disposeInFlight();
        // The disposed fetch never completes: without this the error would wait for it forever.
        fetching = false;
        drain();
        return;
      }
      requested.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      everRequested = true;
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      disposeInFlight();
      if (getAndIncrement() == 0) {
        clear();
      }
    }

    private void disposeInFlight() {
      Disposable d = inFlight.getAndSet(null);
      if (d != null) {
        d.dispose();
      }
    }

    private void clear() {
      batches.clear();
      head = null;
    }

    private @Nullable E poll() {
      for (;;) {
        List<E> h = head;
        if (h == null) {
          h = batches.poll();
          if (h == null) {
            return null;
          }
          head = h;
          headIndex = 0;
        }
        if (headIndex < h.size()) {
          return h.get(headIndex++);
        }
        head = null;
      }
    }

    private int bufferedBatches() {
      return batches.size() + (head != null && headIndex < head.size() ? 1 : 0);
    }

    void drain() {
      if (getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      for (;;) {
        if (cancelled || terminated) {
          clear();
          return;
        }
        long r = requested.get();
        long e = 0;
        while (e != r) {
          if (cancelled) {
            clear();
            return;
          }
          E item = poll();
          if (item == null) {
            break;
          }
          downstream.onNext(item);
          e++;
        }
        if (e != 0) {
          requested.addAndGet(-e);
        }
        boolean empty = bufferedBatches() == 0;
        if (empty && !fetching) {
          Throwable ex = error;
          if (ex != null) {
            terminated = true;
            downstream.onError(ex);
            return;
          }
          if (next == null) {
            terminated = true;
            downstream.onComplete();
            return;
          }
        }
        PageSource<E> source = next;
        if (!fetching && error == null && source != null && shouldFetch(empty)) {
          fetching = true;
          start(source);
        }
        missed = addAndGet(-missed);
        if (missed == 0) {
          return;
        }
      }
    }

    private boolean shouldFetch(boolean empty) {
      if (cancelled) {
        return false;
      }
      if (empty && requested.get() > 0) {
        return true;
      }
      return everRequested && bufferedBatches() < prefetch;
    }

    private void start(PageSource<E> source) {
      Single<Batch<E>> single;
      try {
        single = Objects.requireNonNull(source.fetch(), "fetch() returned null");
      } catch (Throwable t) {
        onFetchError(t);
        return;
      }
      single.subscribe(new SingleObserver<Batch<E>>() {
        @Override
        public void onSubscribe(Disposable d) {
          inFlight.set(d);
          if (cancelled) {
            disposeInFlight();
          }
        }

        @Override
        public void onSuccess(Batch<E> batch) {
          inFlight.set(null);
          if (!batch.items().isEmpty()) {
            batches.offer(batch.items());
          }
          next = batch.next();
          fetching = false;
          drain();
        }

        @Override
        public void onError(Throwable t) {
          onFetchError(t);
        }
      });
    }

    private void onFetchError(Throwable t) {
      inFlight.set(null);
      if (cancelled) {
        return; // the failure of a cancelled fetch (typically "Canceled") has nobody to go to
      }
      error = t;
      fetching = false;
      drain();
    }
  }
}
