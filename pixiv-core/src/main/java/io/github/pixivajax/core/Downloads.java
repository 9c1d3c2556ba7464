package io.github.pixivajax.core;

import io.github.pixivajax.core.internal.FileDownloader;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.internal.PximgUrls;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.ImageUrls;
import io.github.pixivajax.core.model.artwork.ArtworkPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Saves images (and any other file on pixiv's image hosts) to disk: {@link PixivClient#downloads()}.
 *
 * <p>Every file is streamed to {@code NAME.part} beside its final name, fsync'd (unless {@link
 * DownloadOptions#fsync()} says not to) and renamed atomically once its length matches, so no
 * half-written file ever carries a final name; a {@code .part} left by a cut connection or Ctrl-C is
 * resumed with {@code Range} next time (restarted when the server does not honour it). Memory stays
 * flat whatever the file size. The SHA-256 of a file is computed (while it is written) only when an
 * archive records it, and by {@link #file}.
 *
 * <p>Image requests go through their own HTTP stack: {@code Referer: https://www.pixiv.net/} on every
 * hop, never the session cookie or CSRF token (redirects included), and never a permit of the
 * account's {@link RequestLimiter} — image hosts are not the account's budget. At most {@link
 * #parallelism()} image requests of this instance run at once. The API calls of {@link #illust} (the
 * work and its pages) do go through the limiter.
 *
 * <p>Thread-safe. Failures are {@link PixivException}s: {@link PixivForbiddenException} for 403 (a
 * missing Referer, a blocking proxy), {@link PixivNotFoundException} for 404/410,
 * {@link PixivNetworkException} for cut connections.
 */
public final class Downloads {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final PixivClient client;
  private final FileDownloader files;
  private final @Nullable HttpUrl imageBase;
  private final int parallelism;
  private final Semaphore permits;
  private final ThreadPoolExecutor pool;

  Downloads(PixivClient client, OkHttpClient imageHttp, @Nullable HttpUrl imageBase, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
    }
    this.client = client;
    this.files = new FileDownloader(imageHttp);
    this.imageBase = imageBase;
    this.parallelism = parallelism;
    this.permits = new Semaphore(parallelism, true);
    this.pool = new ThreadPoolExecutor(parallelism, parallelism, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "pixiv-download-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true);
  }

  /** How many image requests of this instance may run at once. */
  public int parallelism() {
    return parallelism;
  }

  /**
   * {@code url} as this client fetches it: on {@code i.pximg.net}/{@code s.pximg.net}, scheme and host
   * swapped for the builder's {@code imageBaseUrl}, if any.
   */
  public String imageUrl(String url) {
    return parse(url).toString();
  }

  /** Downloads any URL (an image, an ugoira zip…) to {@code target}; see {@link #file(String, Path, DownloadListener)}. */
  public DownloadResult file(String url, Path target) {
    return file(url, target, DownloadListener.NONE);
  }

  /**
   * Downloads any URL to {@code target} on the calling thread, blocking; its folder is created.
   * Image-host URLs are rewritten as {@link #imageUrl} says.
   *
   * @return the saved file ({@link DownloadResult#workId()} is empty, {@code page} 0)
   * @throws PixivException when it cannot be saved; nothing is left under {@code target}, and a
   *     partial {@code target.part} is kept for resuming
   */
  public DownloadResult file(String url, Path target, DownloadListener listener) {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(listener, "listener == null");
    HttpUrl u = parse(url);
    Path t = target.toAbsolutePath().normalize();
    listener.started("", 0, t);
    FileDownloader.Saved saved = fetch(u, t, (delta, total) -> listener.progress("", 0, delta, total), true, true);
    DownloadResult r = new DownloadResult("", 0, DownloadResult.Status.SAVED, saved.path(), saved.size(), u.toString(), saved.sha256(), null);
    listener.finished(r);
    return r;
  }

  /** {@link #illust(long, DownloadOptions, DownloadListener)} without a listener. */
  public List<DownloadResult> illust(long id, DownloadOptions options) {
    return illust(id, options, DownloadListener.NONE);
  }

  /**
   * Saves every page of an artwork, blocking. When the archive knows every page, returns them as
   * {@link DownloadResult.Status#SKIPPED} without any request; otherwise reads the work (and its
   * pages, for multi-page works) through the API, then saves its pages as {@link #artwork} does.
   *
   * @throws PixivException when the work itself cannot be read (e.g. {@link PixivNotFoundException})
   */
  public List<DownloadResult> illust(long id, DownloadOptions options, DownloadListener listener) {
    if (id < 1) {
      throw new IllegalArgumentException("id must be >= 1 but was " + id);
    }
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(listener, "listener == null");
    String workId = Long.toString(id);
    DownloadArchive archive = options.archive();
    List<DownloadArchive.Entry> entries = archive == null ? List.of() : archive.entries(workId);
    if (archive != null && archive.isComplete(workId) && UgoiraDownload.covers(entries, options)) {
      List<DownloadResult> out = new ArrayList<>();
      for (DownloadArchive.Entry e : entries) {
        DownloadResult r = new DownloadResult(workId, e.page(), DownloadResult.Status.SKIPPED, e.path(), e.size(), null, e.sha256(), null);
        listener.finished(r);
        out.add(r);
      }
      return out;
    }
    IllustDetail work = client.artworks().illust(id).blockingGet();
    List<ArtworkPage> pages = work.pageCount() > 1 ? client.artworks().pages(id).blockingGet() : List.of();
    return artwork(work, pages, options, listener);
  }

  /**
   * Saves the pages of a work already read (its {@code illust/{id}/pages} for multi-page works, or an
   * empty list to use the work's own URLs), blocking, up to {@link #parallelism()} pages at once. One
   * failed page does not stop the others: it is reported as {@link DownloadResult.Status#FAILED}.
   *
   * <p>For each page: skipped when the archive or a file under the final name has it; otherwise the
   * original (or, when pixiv hides it, {@code .jpg}/{@code .png}/{@code .gif} rebuilt from a
   * thumbnail and probed with {@code HEAD}), then {@code master1200} when the original is gone.
   *
   * <p>An ugoira (illustType 2) is saved as {@link DownloadOptions#ugoira()} says, on the calling
   * thread: its {@code ugoira_meta} (an API call, through the limiter), its zip ({@code originalSrc},
   * or {@code src} for {@link DownloadOptions.Size#REGULAR}) and {@code .ugoira.json}, then the zip
   * converted — all under the name template with page 0 and {@code {ext}} {@code zip}, {@code
   * ugoira.json}, {@code gif}…. Its results (and archive records) number the files, not pages: 0 the
   * zip, 1 the json, 2–6 a GIF, WebM, MP4, WebP or APNG. {@link DownloadOptions.UgoiraMode#NONE}
   * returns no result.
   *
   * @return one result per page (per file for an ugoira), in order
   * @throws io.github.pixivajax.core.ugoira.MissingToolException when an ugoira is to be converted to
   *     a format that needs ffmpeg and there is none; thrown before its zip is requested
   */
  public List<DownloadResult> artwork(IllustDetail work, List<ArtworkPage> pages, DownloadOptions options, DownloadListener listener) {
    Objects.requireNonNull(work, "work == null");
    Objects.requireNonNull(pages, "pages == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(listener, "listener == null");
    if (work.illustType() == io.github.pixivajax.core.model.IllustType.UGOIRA) {
      return new UgoiraDownload(this, client).save(work, options, listener);
    }
    // Without the page list only the first page's URLs are known.
    int count = pages.isEmpty() ? 1 : pages.size();
    List<Future<DownloadResult>> futures = new ArrayList<>();
    int pageCount = Math.max(count, work.pageCount());
    for (int i = 0; i < count; i++) {
      int page = i;
      futures.add(pool.submit(() -> page(work, pages, page, pageCount, options, listener)));
    }
    List<DownloadResult> out = new ArrayList<>();
    try {
      for (Future<DownloadResult> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new PixivException("interrupted while saving work " + work.id(), e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      Throwable c = e.getCause();
      throw c instanceof RuntimeException ? (RuntimeException) c : new PixivException(String.valueOf(c), c);
    } catch (CancellationException e) {
      throw new PixivException("cancelled while saving work " + work.id(), e);
    }
    return out;
  }

  // ---- one page ----

  private record Candidate(String url, boolean probe) {}

  private DownloadResult page(IllustDetail work, List<ArtworkPage> pages, int page, int pageCount, DownloadOptions o, DownloadListener listener) {
    String workId = work.id();
    DownloadResult r;
    try {
      r = save(work, pages, page, pageCount, o, listener);
    } catch (PixivException e) {
      r = DownloadResult.failed(workId, page, null, null, e);
    } catch (RuntimeException e) {
      r = DownloadResult.failed(workId, page, null, null, new PixivException(workId + " p" + page + ": " + e, e));
    }
    listener.finished(r);
    return r;
  }

  private DownloadResult save(IllustDetail work, List<ArtworkPage> pages, int page, int pageCount, DownloadOptions o, DownloadListener listener) {
    String workId = work.id();
    DownloadArchive archive = o.archive();
    if (archive != null) {
      Optional<DownloadArchive.Entry> known = archive.find(workId, page);
      if (known.isPresent()) {
        DownloadArchive.Entry e = known.get();
        return new DownloadResult(workId, page, DownloadResult.Status.SKIPPED, e.path(), e.size(), null, e.sha256(), null);
      }
    }
    PixivException last = null;
    Path lastTarget = null;
    for (Candidate c : candidates(work, pages, page, o.size())) {
      HttpUrl url = parse(c.url());
      if (c.probe() && probe(url) != 200) {
        continue;
      }
      Path target = o.name().resolve(o.directory(), fields(work, page, PximgUrls.ext(c.url())));
      lastTarget = target;
      if (Files.isRegularFile(target)) {
        @Nullable String sha = archive == null ? null : sha256(target); // only the archive keeps it
        long size = size(target);
        if (archive != null) {
          archive.record(new DownloadArchive.Entry(workId, page, pageCount, target, size, sha, Instant.now()));
        }
        return new DownloadResult(workId, page, DownloadResult.Status.SKIPPED, target, size, null, sha, null);
      }
      listener.started(workId, page, target);
      FileDownloader.Saved saved;
      try {
        // The SHA-256 is for the archive; without one it would only cost CPU.
        saved = fetch(url, target, (delta, total) -> listener.progress(workId, page, delta, total), archive != null, o.fsync());
      } catch (PixivNotFoundException e) {
        last = e; // gone in this size or extension: try the next candidate
        continue;
      }
      if (o.metadata()) {
        writeMetadata(work, target);
      }
      if (archive != null) {
        archive.record(new DownloadArchive.Entry(workId, page, pageCount, target, saved.size(), saved.sha256(), Instant.now()));
      }
      return new DownloadResult(workId, page, DownloadResult.Status.SAVED, target, saved.size(), url.toString(), saved.sha256(), null);
    }
    if (last == null) {
      last = new PixivNotFoundException(404, "GET", "/", "no image of page " + page + " of work " + workId + " was found", "");
    }
    return DownloadResult.failed(workId, page, lastTarget, null, last);
  }

  /** The URLs to try for one page, in order, without duplicates. */
  private static List<Candidate> candidates(IllustDetail work, List<ArtworkPage> pages, int page, DownloadOptions.Size size) {
    ArtworkPage.Urls p = page < pages.size() ? pages.get(page).urls() : null;
    ImageUrls w = work.urls();
    String original = p != null ? p.original() : page == 0 ? w.original() : null;
    String regular = p != null ? p.regular() : page == 0 ? w.regular() : null;
    String source = first(
        regular, p == null ? null : p.small(), p == null ? null : p.thumbMini(), w.regular(), w.small(), w.thumb(), w.mini(), thumbnail(work));
    LinkedHashSet<Candidate> out = new LinkedHashSet<>();
    if (size == DownloadOptions.Size.ORIGINAL) {
      if (original != null) {
        out.add(new Candidate(original, false));
      } else if (source != null) {
        PximgUrls.originals(source, page).forEach(u -> out.add(new Candidate(u, true)));
      }
    }
    if (regular != null) {
      out.add(new Candidate(regular, false));
    } else if (source != null) {
      String master = PximgUrls.master(source, page);
      if (master != null) {
        out.add(new Candidate(master, false));
      }
    }
    return List.copyOf(out);
  }

  private static @Nullable String thumbnail(IllustDetail work) {
    ArtworkThumbnail t = work.userIllusts().get(work.id());
    return t == null ? null : t.url();
  }

  private static @Nullable String first(@Nullable String... urls) {
    for (String u : urls) {
      if (u != null && !u.isBlank()) {
        return u;
      }
    }
    return null;
  }

  static NameTemplate.Fields fields(IllustDetail work, int page, String ext) {
    OffsetDateTime when = work.uploadDate() != null ? work.uploadDate() : work.createDate();
    String date = when == null ? "" : when.toLocalDate().toString();
    String type = work.illustType() == io.github.pixivajax.core.model.IllustType.UNKNOWN ? "" : work.illustType().name().toLowerCase(Locale.ROOT);
    return new NameTemplate.Fields(work.id(), page, ext, work.title(), work.userId(), work.userName() == null ? "" : work.userName(), date, type);
  }

  // ---- plumbing ----

  FileDownloader.Saved fetch(HttpUrl url, Path target, FileDownloader.Progress progress, boolean hash, boolean fsync) {
    acquire();
    try {
      return files.download(url, target, progress, hash, fsync);
    } finally {
      permits.release();
    }
  }

  private int probe(HttpUrl url) {
    acquire();
    try {
      return files.head(url);
    } finally {
      permits.release();
    }
  }

  private void acquire() {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PixivException("interrupted while waiting for a download slot", e);
    }
  }

  HttpUrl parse(String url) {
    HttpUrl u = HttpUrl.parse(url.trim());
    if (u == null) {
      throw new IllegalArgumentException("url is not an http or https URL: " + url);
    }
    return PximgUrls.rewrite(u, imageBase);
  }

  static void writeMetadata(IllustDetail work, Path target) {
    Path json = target.resolveSibling(target.getFileName() + ".json");
    Path part = json.resolveSibling(json.getFileName() + FileDownloader.PART);
    try {
      Files.write(part, PixivJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(work));
      io.github.pixivajax.core.internal.AtomicFiles.publish(part, json);
    } catch (IOException e) {
      throw new PixivException("cannot write " + json + ": " + e.getMessage(), e);
    }
  }

  static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new PixivException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  static String sha256(Path p) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[64 * 1024];
      while (in.read(buf) != -1) {
        // digesting
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new PixivException("cannot read " + p + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether idle workers end after the keep-alive (an idle client holds no threads). */
  boolean idleWorkersExit() {
    return pool.allowsCoreThreadTimeOut();
  }

  /** Stops idle worker threads; called by {@link PixivClient#close()}. */
  void shutdown() {
    pool.shutdownNow();
  }

  @Override
  public String toString() {
    return "Downloads{parallelism=" + parallelism + ", imageBaseUrl=" + imageBase + "}";
  }
}
