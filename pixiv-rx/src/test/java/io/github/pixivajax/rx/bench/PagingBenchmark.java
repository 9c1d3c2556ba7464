package io.github.pixivajax.rx.bench;

import io.github.pixivajax.rx.internal.Batch;
import io.github.pixivajax.rx.internal.PageSource;
import io.github.pixivajax.rx.internal.PagingFlowable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subscribers.DefaultSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The paging operator's own cost: 100 in-memory pages of 60 items streamed through {@link
 * PagingFlowable} (demand-driven, one fetch at a time) vs a plain loop over the same pages. Scores
 * are items per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PagingBenchmark {
  private static final int PAGES = 100;
  private static final int PER_PAGE = 60;

  @Param({"1", "60", "9223372036854775807"})
  public long requestSize;

  private final List<List<Integer>> pages = new ArrayList<>();

  @Setup
  public void pages() {
    for (int p = 0; p < PAGES; p++) {
      List<Integer> items = new ArrayList<>(PER_PAGE);
      for (int i = 0; i < PER_PAGE; i++) {
        items.add(p * PER_PAGE + i);
      }
      pages.add(List.copyOf(items));
    }
  }

  private PageSource<Integer> source(int p) {
    return () -> Single.just(new Batch<>(pages.get(p), p + 1 < PAGES ? source(p + 1) : null));
  }

  @Benchmark
  @OperationsPerInvocation(PAGES * PER_PAGE)
  public void pagingFlowable(Blackhole bh) {
    long n = requestSize;
    new PagingFlowable<>(source(0), 0).subscribe(new DefaultSubscriber<Integer>() {
      long left = n;

      @Override
      protected void onStart() {
        request(n);
      }

      @Override
      public void onNext(Integer item) {
        bh.consume(item);
        if (n != Long.MAX_VALUE && --left == 0) {
          left = n;
          request(n);
        }
      }

      @Override
      public void onError(Throwable t) {
        throw new IllegalStateException(t);
      }

      @Override
      public void onComplete() {}
    });
  }

  @Benchmark
  @OperationsPerInvocation(PAGES * PER_PAGE)
  public void rawLoop(Blackhole bh) {
    for (List<Integer> page : pages) {
      for (Integer item : page) {
        bh.consume(item);
      }
    }
  }
}
