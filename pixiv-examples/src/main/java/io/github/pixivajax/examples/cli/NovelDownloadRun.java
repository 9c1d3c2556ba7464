package io.github.pixivajax.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.NameTemplate;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.model.novel.NovelDetail;
import io.github.pixivajax.core.model.novel.NovelSeries;
import io.reactivex.rxjava3.disposables.Disposable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * {@code download novel|novel-series}: novels saved one file each (txt, md or epub) under
 * {@code --dir}/{@code --name}, recorded in the download archive as work {@code novel-ID} (or
 * {@code novel-series-ID}), so a rerun skips a saved novel without any request. Exit 0, 1 or 130 like
 * the other download commands.
 */
final class NovelDownloadRun implements AutoCloseable {
  /** The name when {@code --name} is left at the artworks' default: {@code {user_id}/novel-ID.epub}. */
  static final String DEFAULT_NAME = "{user_id}/{type}-{id}.{ext}";

  private final Cli root;
  private final DownloadSettings settings;
  private final NovelSaver.Format format;
  private final NameTemplate name;
  private final @Nullable DownloadArchive archive;
  private final NovelSaver saver;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private int saved;
  private int skipped;
  private int failed;

  NovelDownloadRun(Cli root, DownloadSettings settings, NovelSaver.Format format) {
    settings.validate();
    this.root = root;
    this.settings = settings;
    this.format = format;
    this.name = settings.name.equals(NameTemplate.DEFAULT.toString()) ? NameTemplate.parse(DEFAULT_NAME) : settings.template();
    PixivClient client = root.clientWithImages();
    Path archiveFile = settings.archiveFile();
    this.archive = archiveFile == null ? null : DownloadArchive.open(archiveFile);
    this.saver = new NovelSaver(client);
    this.out = root.spec.commandLine().getOut();
    this.err = root.spec.commandLine().getErr();
    this.terminal = root.format == null && System.console() != null;
  }

  /** Saves each novel in order (at most {@code --limit}). */
  int novels(List<Long> ids) {
    Thread main = Thread.currentThread();
    root.cancelOnInterrupt(Disposable.fromAction(() -> {
      cancelled.set(true);
      saver.cancel();
      main.interrupt();
    }));
    try {
      long taken = 0;
      for (long id : ids) {
        if (cancelled.get() || (settings.limit > 0 && taken >= settings.limit)) {
          break;
        }
        taken++;
        String key = "novel-" + id;
        Optional<DownloadArchive.Entry> known = archive == null ? Optional.empty() : archive.find(key, 0);
        if (known.isPresent()) {
          report(Long.toString(id), "novel", "skipped", known.get().path(), known.get().size(), null);
          continue;
        }
        try {
          NovelDetail novel = root.client().novels().novel(id).blockingGet();
          Path target = name.resolve(settings.dir, fields(novel.id(), "novel", novel.title(), novel.userId(), novel.userName(),
              novel.uploadDate() != null ? novel.uploadDate() : novel.createDate()));
          NovelSaver.Saved s = saver.saveNovel(novel, format, target);
          saved(key, 1, target, s, Long.toString(id), "novel");
        } catch (PixivException | IOException | IllegalArgumentException e) {
          failed(Long.toString(id), "novel", e);
        } catch (RuntimeException e) {
          if (cancelled.get()) {
            break; // Ctrl-C: nothing of this novel was written or recorded
          }
          throw e;
        }
      }
    } finally {
      root.cancelOnInterrupt(null);
      Thread.interrupted(); // a late Ctrl-C must not leak into the exit
    }
    return end();
  }

  /** Saves the whole series as one file; skipped when the archive has it with as many parts as pixiv lists now. */
  int series(long id) {
    Thread main = Thread.currentThread();
    root.cancelOnInterrupt(Disposable.fromAction(() -> {
      cancelled.set(true);
      saver.cancel();
      main.interrupt();
    }));
    try {
      String key = "novel-series-" + id;
      NovelSeries series = root.client().novels().series(id).blockingGet();
      Optional<DownloadArchive.Entry> known = archive == null ? Optional.empty() : archive.find(key, 0);
      if (known.isPresent() && known.get().pageCount() == series.total()) {
        report(Long.toString(id), "novel-series", "skipped", known.get().path(), known.get().size(), null);
      } else {
        try {
          Path target = name.resolve(settings.dir, fields(series.id(), "novel-series", series.title(), series.userId(), series.userName(),
              series.createDate()));
          NovelSaver.Saved s = saver.saveSeries(series, target);
          saved(key, series.total(), target, s, Long.toString(id), "novel-series");
        } catch (PixivException | IOException | IllegalArgumentException e) {
          failed(Long.toString(id), "novel-series", e);
        } catch (RuntimeException e) {
          if (!cancelled.get()) {
            throw e;
          }
        }
      }
    } finally {
      root.cancelOnInterrupt(null);
      Thread.interrupted();
    }
    return end();
  }

  private NameTemplate.Fields fields(String id, String type, String title, String userId, @Nullable String userName,
      @Nullable OffsetDateTime date) {
    return new NameTemplate.Fields(id, 0, format.name(), title, userId, userName, date == null ? "" : date.toLocalDate().toString(), type);
  }

  private void saved(String key, int parts, Path target, NovelSaver.Saved s, String id, String kind) throws IOException {
    long size = Files.size(target);
    if (archive != null) {
      archive.record(new DownloadArchive.Entry(key, 0, parts, target, size, sha256(target), Instant.now()));
    }
    saved++;
    ObjectNode line = line(id, kind, "saved", target, size);
    line.put("format", s.format());
    line.put("chapters", s.chapters());
    line.put("images", s.images());
    if (!s.missingImages().isEmpty()) {
      line.set("missingImages", json.valueToTree(s.missingImages()));
    }
    print(line, "saved " + kind + " " + id + " → " + target);
  }

  private void report(String id, String kind, String status, Path path, long bytes, @Nullable String error) {
    if (status.equals("skipped")) {
      skipped++;
    }
    ObjectNode line = line(id, kind, status, path, bytes);
    if (error != null) {
      line.put("error", error);
    }
    print(line, status + " " + kind + " " + id + " " + path);
  }

  private void failed(String id, String kind, Exception e) {
    if (cancelled.get()) {
      return;
    }
    failed++;
    String why = e instanceof PixivException ? Cli.describe((PixivException) e) : e.getMessage();
    ObjectNode line = line(id, kind, "failed", null, 0);
    line.put("error", why);
    print(line, "pixiv: failed " + kind + " " + id + ": " + why);
  }

  private ObjectNode line(String id, String kind, String status, @Nullable Path path, long bytes) {
    ObjectNode line = json.createObjectNode();
    line.put("id", id);
    line.put("kind", kind);
    line.put("page", 0);
    line.put("path", path == null ? null : path.toString());
    line.put("bytes", bytes);
    line.put("status", status);
    return line;
  }

  private void print(ObjectNode line, String human) {
    if (terminal) {
      err.println(human);
      err.flush();
      return;
    }
    try {
      out.println(json.writeValueAsString(line));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }

  private int end() {
    out.flush();
    if (cancelled.get()) {
      err.println("pixiv: interrupted; nothing half-written carries a final name");
      err.flush();
      return DownloadRun.INTERRUPTED;
    }
    if (failed > 0) {
      err.println("pixiv: " + failed + " novel(s) failed; " + saved + " saved, " + skipped + " skipped");
      err.flush();
      return Cli.FAILED;
    }
    return Cli.OK;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    saver.close();
    if (archive != null) {
      archive.close();
    }
  }
}
