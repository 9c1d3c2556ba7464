package io.github.pixivajax.rx;

import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.DownloadListener;
import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.DownloadResult;
import io.github.pixivajax.core.Downloads;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.core.BackpressureStrategy;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.FlowableEmitter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works saved to disk as streams ({@link RxPixiv#downloads()}): any stream of artworks — search,
 * ranking, a user's works or bookmarks, followed users' new works, a series — becomes a stream of
 * {@link DownloadEvent}s, each work saved as {@link Downloads#illust} saves it.
 *
 * <dl>
 *   <dt><b>Backpressure:</b>
 *   <dd>At most {@link DownloadOptions#parallelism()} + 1 works are in flight — one more than image
 *       transfers, so that the next work's API calls overlap the current files: the next artwork
 *       (and so the next page of the source) is requested only when one is done. A work's events
 *       are buffered until requested.
 *   <dt><b>Scheduler:</b>
 *   <dd>Works are saved on {@link RxConfig#scheduler()} ({@code io()} by default), their pages on the
 *       download pool; events are emitted there.
 *   <dt><b>Errors:</b>
 *   <dd>A file or a work that cannot be saved is a {@link DownloadEvent.Kind#FAILED} event and the
 *       stream goes on; only the source's own error ends it. The work's API calls take the client's
 *       {@code RequestLimiter}; image requests do not, and run at most {@code parallelism} at once.
 * </dl>
 *
 * <p>Disposing interrupts the transfers: unfinished files stay {@code NAME.part}, resumed next time.
 */
public final class DownloadStreams {
  private final PixivClient client;
  private final RxConfig config;

  DownloadStreams(PixivClient client, RxConfig config) {
    this.client = client;
    this.config = config;
  }

  /** The works of {@code artworks} (e.g. {@code rx.users().works(id).items()}) saved; entries without an id are ignored. */
  public Flowable<DownloadEvent> artworks(Flowable<ArtworkThumbnail> artworks, DownloadOptions options) {
    Objects.requireNonNull(artworks, "artworks == null");
    return ids(artworks.map(ArtworkThumbnail::id), options);
  }

  /** The works whose ids {@code ids} emits (numbers as strings, e.g. a ranking's {@code illustId}) saved; blank or non-numeric ids are ignored. */
  public Flowable<DownloadEvent> ids(Flowable<String> ids, DownloadOptions options) {
    Objects.requireNonNull(ids, "ids == null");
    Objects.requireNonNull(options, "options == null");
    Downloads downloads = client.downloads(options.parallelism());
    Flowable<Long> numbers = ids.filter(id -> id.matches("[1-9][0-9]{0,18}")).map(Long::parseLong);
    DownloadArchive archive = options.archive();
    int abort = options.abortAfterKnown();
    Flowable<Long> bounded = archive == null || abort == 0 ? numbers : Flowable.defer(() -> {
      AtomicInteger known = new AtomicInteger();
      // Stop after the Nth known work in a row: "new since last run".
      return numbers.takeUntil(id -> {
        if (archive.isComplete(Long.toString(id))) {
          return known.incrementAndGet() >= abort;
        }
        known.set(0);
        return false;
      });
    });
    // parallelism + 1: the extra work reads its metadata while the others' files transfer; the
    // download pool still runs at most parallelism image requests.
    return bounded.concatMapEager(id -> work(downloads, id, options), options.parallelism() + 1, 16);
  }

  private Flowable<DownloadEvent> work(Downloads downloads, long id, DownloadOptions options) {
    return Flowable.<DownloadEvent>create(emitter -> {
      try {
        downloads.illust(id, options, new Events(emitter));
      } catch (PixivException e) {
        if (emitter.isCancelled()) {
          return;
        }
        emitter.onNext(new DownloadEvent(DownloadEvent.Kind.FAILED, Long.toString(id), -1, null, 0, 0, e));
      }
      emitter.onComplete();
    }, BackpressureStrategy.BUFFER).subscribeOn(config.scheduler());
  }

  /** A work's listener calls as events. */
  private static final class Events implements DownloadListener {
    private final FlowableEmitter<DownloadEvent> emitter;

    Events(FlowableEmitter<DownloadEvent> emitter) {
      this.emitter = emitter;
    }

    @Override
    public void started(String workId, int page, Path target) {
      emitter.onNext(new DownloadEvent(DownloadEvent.Kind.STARTED, workId, page, target, 0, -1, null));
    }

    @Override
    public void progress(String workId, int page, long delta, long total) {
      emitter.onNext(new DownloadEvent(DownloadEvent.Kind.PROGRESS, workId, page, null, delta, total, null));
    }

    @Override
    public void finished(DownloadResult result) {
      emitter.onNext(DownloadEvent.of(result));
    }
  }
}
