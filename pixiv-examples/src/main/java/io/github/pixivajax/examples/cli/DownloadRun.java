package io.github.pixivajax.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.DownloadListener;
import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.DownloadResult;
import io.github.pixivajax.core.Downloads;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.ugoira.UgoiraConverter;
import io.github.pixivajax.rx.DownloadEvent;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.subscribers.DisposableSubscriber;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * One {@code download} command's run: works in order, files up to {@code --parallel} at once, each
 * file reported as a JSON line (piped) or on a progress bar (terminal); exit 0, 1 or 130. One work
 * more than {@code --parallel} runs, so that the next work's API calls overlap the current files.
 */
final class DownloadRun implements AutoCloseable, DownloadListener {
  static final int INTERRUPTED = 130;

  private final Cli root;
  private final DownloadSettings settings;
  private final @Nullable DownloadArchive archive;
  private final DownloadOptions options;
  private final Downloads downloads;
  private final ExecutorService works;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ObjectMapper json = new ObjectMapper();
  private final @Nullable ProgressBar bar;
  private final Set<String> sized = ConcurrentHashMap.newKeySet();
  private final AtomicInteger saved = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicBoolean cancelled = new AtomicBoolean();

  DownloadRun(Cli root, DownloadSettings settings) {
    settings.validate();
    UgoiraConverter converter = settings.converter(); // a missing ffmpeg is named before the archive or any request
    this.root = root;
    this.settings = settings;
    PixivClient client = root.clientWithImages();
    Path archiveFile = settings.archiveFile();
    this.archive = archiveFile == null ? null : DownloadArchive.open(archiveFile);
    this.options = DownloadOptions.builder()
        .directory(settings.dir)
        .name(settings.template())
        .size(settings.imageSize())
        .archive(archive)
        .metadata(settings.metadata)
        .parallelism(settings.parallel)
        .abortAfterKnown(settings.abortAfterKnown)
        .fsync(!settings.noFsync)
        .ugoira(settings.ugoira)
        .ugoiraConverter(converter)
        .build();
    this.downloads = client.downloads(settings.parallel);
    AtomicInteger n = new AtomicInteger();
    // One more work than image slots: its API calls overlap the files of the others; the image pool
    // of Downloads still bounds transfers to --parallel.
    this.works = Executors.newFixedThreadPool(settings.parallel + 1, r -> {
      Thread t = new Thread(r, "pixiv-download-work-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.out = root.spec.commandLine().getOut();
    this.err = root.spec.commandLine().getErr();
    boolean terminal = root.format == null && System.console() != null;
    this.bar = terminal
        ? new ProgressBarBuilder().setTaskName("download").setInitialMax(0).setUnit("KiB", 1 << 10).showSpeed()
            .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()
        : null;
  }

  /** Downloads the works {@code ids} names, in order. */
  int ids(List<Long> ids) {
    return run(ids.iterator());
  }

  private int run(Iterator<Long> ids) {
    root.cancelOnInterrupt(Disposable.fromAction(this::cancel));
    List<Future<?>> futures = new ArrayList<>();
    // Bounds the works in flight: the next one is read only when a slot frees up.
    Semaphore inFlight = new Semaphore(settings.parallel * 2 + 1);
    int known = 0;
    long taken = 0;
    try {
      while (ids.hasNext() && !cancelled.get()) {
        if (settings.limit > 0 && taken >= settings.limit) {
          break;
        }
        long id = ids.next();
        taken++;
        if (archive != null && archive.isComplete(Long.toString(id))) {
          downloads.illust(id, options, this); // reports the pages as skipped, without a request
          known++;
          if (settings.abortAfterKnown > 0 && known >= settings.abortAfterKnown) {
            err.println("pixiv: stopping after " + known + " known works in a row (--abort-after-known)");
            break;
          }
          continue;
        }
        known = 0;
        inFlight.acquire();
        futures.add(works.submit(() -> {
          try {
            downloads.illust(id, options, this);
          } catch (PixivException e) {
            if (!cancelled.get()) {
              failedWork(Long.toString(id), e);
            }
          } finally {
            inFlight.release();
          }
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (CancellationException | ExecutionException e) {
          // reported by the task, or cancelled by Ctrl-C
        }
      }
    } catch (InterruptedException e) {
      cancel();
      Thread.currentThread().interrupt();
    } finally {
      root.cancelOnInterrupt(null);
    }
    return end();
  }

  /** The summary and the exit code: 130 interrupted, 1 when a file failed, else 0. */
  private int end() {
    if (bar != null) {
      bar.refresh();
      bar.close();
    }
    out.flush();
    if (cancelled.get()) {
      err.println("pixiv: interrupted; partial files are kept as *.part and resumed next time");
      err.flush();
      return INTERRUPTED;
    }
    if (failed.get() > 0) {
      err.println("pixiv: " + failed.get() + " file(s) failed; " + saved.get() + " saved, " + skipped.get() + " skipped");
      err.flush();
      return Cli.FAILED;
    }
    return Cli.OK;
  }

  /** Downloads the works a stream names (ids as strings), through {@code rx.downloads()}. */
  int stream(Flowable<String> ids) {
    Flowable<String> bounded = settings.limit > 0 ? ids.take(settings.limit) : ids;
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<@Nullable Throwable> error = new AtomicReference<>();
    DisposableSubscriber<DownloadEvent> sub = new DisposableSubscriber<>() {
      @Override
      public void onNext(DownloadEvent e) {
        if (e.kind() == DownloadEvent.Kind.PROGRESS) {
          progress(e.workId(), e.page(), e.bytes(), e.total());
        } else if (e.isOutcome()) {
          if (e.page() < 0) {
            failedWork(e.workId(), e.error() == null ? new PixivException("failed") : e.error());
          } else {
            finished(new DownloadResult(e.workId(), e.page(), e.kind() == DownloadEvent.Kind.SAVED ? DownloadResult.Status.SAVED
                : e.kind() == DownloadEvent.Kind.SKIPPED ? DownloadResult.Status.SKIPPED : DownloadResult.Status.FAILED,
                e.path(), e.bytes(), null, null, e.error()));
          }
        }
      }

      @Override
      public void onError(Throwable t) {
        error.set(t);
        done.countDown();
      }

      @Override
      public void onComplete() {
        done.countDown();
      }
    };
    root.cancelOnInterrupt(Disposable.fromAction(() -> {
      cancelled.set(true);
      sub.dispose();
      done.countDown();
    }));
    try {
      root.rx().downloads().ids(bounded, options).subscribe(sub);
      done.await();
    } catch (InterruptedException e) {
      cancelled.set(true);
      sub.dispose();
      Thread.currentThread().interrupt();
    } finally {
      root.cancelOnInterrupt(null);
    }
    Throwable t = error.get();
    if (t != null && !cancelled.get()) {
      if (bar != null) {
        bar.close();
      }
      throw t instanceof RuntimeException ? (RuntimeException) t : new IllegalStateException(t);
    }
    return end();
  }

  /** Ctrl-C: stop every transfer; what is unfinished stays a {@code .part}. */
  void cancel() {
    cancelled.set(true);
    for (Runnable queued : works.shutdownNow()) {
      if (queued instanceof Future) {
        ((Future<?>) queued).cancel(false);
      }
    }
  }

  @Override
  public void progress(String workId, int page, long delta, long total) {
    if (bar != null) {
      if (total > 0 && sized.add(workId + "/" + page)) {
        bar.maxHint(bar.getMax() + total);
      }
      bar.stepBy(delta);
    }
  }

  @Override
  public void finished(DownloadResult r) {
    switch (r.status()) {
      case SAVED:
        saved.incrementAndGet();
        break;
      case SKIPPED:
        skipped.incrementAndGet();
        break;
      default:
        if (cancelled.get()) {
          return;
        }
        failed.incrementAndGet();
    }
    if (bar != null) {
      bar.setExtraMessage(" saved " + saved.get() + ", skip " + skipped.get() + ", fail " + failed.get());
      if (r.status() == DownloadResult.Status.FAILED) {
        err.println("pixiv: failed " + r.workId() + " p" + r.page() + ": " + (r.error() == null ? "?" : Cli.describe(r.error())));
      }
      return;
    }
    ObjectNode line = json.createObjectNode();
    line.put("id", r.workId());
    line.put("page", r.page());
    line.put("path", r.path() == null ? null : r.path().toString());
    line.put("bytes", r.bytes());
    line.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
    if (r.error() != null) {
      line.put("error", Cli.describe(r.error()));
    }
    print(line);
  }

  private void failedWork(String id, PixivException e) {
    failed.incrementAndGet();
    if (bar != null) {
      err.println("pixiv: failed " + id + ": " + Cli.describe(e));
      return;
    }
    ObjectNode line = json.createObjectNode();
    line.put("id", id);
    line.putNull("page");
    line.putNull("path");
    line.put("bytes", 0);
    line.put("status", "failed");
    line.put("error", Cli.describe(e));
    print(line);
  }

  private void print(ObjectNode line) {
    String s;
    try {
      s = json.writeValueAsString(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    synchronized (out) {
      out.println(s);
      out.flush();
    }
  }

  @Override
  public void close() {
    works.shutdownNow();
    if (archive != null) {
      archive.close();
    }
  }
}
