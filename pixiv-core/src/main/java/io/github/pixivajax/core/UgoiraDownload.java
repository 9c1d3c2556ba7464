package io.github.pixivajax.core;

import io.github.pixivajax.core.internal.FileDownloader;
import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.Ugoira;
import io.github.pixivajax.core.ugoira.UgoiraFormat;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One ugoira work saved by {@link Downloads}: its zip, its {@code .ugoira.json} and, unless {@link
 * DownloadOptions.UgoiraMode#ZIP}, the zip converted.
 *
 * <p>The three files share the name template's {@code {page}} 0 and differ by {@code {ext}} ({@code
 * zip}, {@code ugoira.json}, the format's extension). In results and the archive, whose key is (work,
 * page), they are numbered as files: {@link #ZIP} 0, {@link #JSON} 1, the converted file {@link
 * #slot}. The archive records the work with a page count of 2, so zip + json make it complete; a rerun
 * asking for a conversion the archive lacks converts the zip on disk (fetching it again only when it
 * is gone).
 */
final class UgoiraDownload {
  static final int ZIP = 0;
  static final int JSON = 1;
  private static final int RECORDED_FILES = 2;

  private final Downloads downloads;
  private final PixivClient client;

  UgoiraDownload(Downloads downloads, PixivClient client) {
    this.downloads = downloads;
    this.client = client;
  }

  /** The file number of a conversion; stable, since archives keep it. */
  static int slot(UgoiraFormat format) {
    switch (format) {
      case GIF:
        return 2;
      case WEBM:
        return 3;
      case MP4:
        return 4;
      case WEBP:
        return 5;
      default:
        return 6; // APNG
    }
  }

  /**
   * Whether the archive's records of a work cover what {@code o} asks for. Works that are no ugoira
   * (page 0 is not a zip) are covered when complete; an ugoira needs its zip, its json and, when a
   * format is asked for, that conversion.
   */
  static boolean covers(List<DownloadArchive.Entry> entries, DownloadOptions o) {
    DownloadArchive.Entry first = entries.isEmpty() ? null : entries.get(0);
    if (first == null || first.page() != ZIP || !first.path().getFileName().toString().endsWith(".zip")) {
      return true;
    }
    UgoiraFormat format = o.ugoira().format();
    return o.ugoira() == DownloadOptions.UgoiraMode.NONE
        || has(entries, ZIP) && has(entries, JSON) && (format == null || has(entries, slot(format)));
  }

  private static boolean has(List<DownloadArchive.Entry> entries, int page) {
    return entries.stream().anyMatch(e -> e.page() == page);
  }

  /**
   * Saves one ugoira, blocking; one result per file, zip first. An ffmpeg format without ffmpeg
   * throws before any request; a file that fails is a {@code FAILED} result (a conversion whose zip
   * failed fails with the zip's error).
   */
  List<DownloadResult> save(IllustDetail work, DownloadOptions o, DownloadListener listener) {
    DownloadOptions.UgoiraMode mode = o.ugoira();
    if (mode == DownloadOptions.UgoiraMode.NONE) {
      return List.of();
    }
    UgoiraFormat format = mode.format();
    if (format != null) {
      o.ugoiraConverter().requireSupported(format); // before the zip is fetched for nothing
    }
    String workId = work.id();
    long id = Long.parseLong(workId);
    DownloadArchive archive = o.archive();
    Path zip = o.name().resolve(o.directory(), Downloads.fields(work, 0, "zip"));
    Path json = o.name().resolve(o.directory(), Downloads.fields(work, 0, "ugoira.json"));
    Path converted = format == null ? null : o.name().resolve(o.directory(), Downloads.fields(work, 0, format.extension()));

    Optional<DownloadArchive.Entry> zipKnown = known(archive, workId, ZIP);
    Optional<DownloadArchive.Entry> jsonKnown = known(archive, workId, JSON);
    Optional<DownloadArchive.Entry> convertedKnown = format == null ? Optional.empty() : known(archive, workId, slot(format));
    List<DownloadResult> out = new ArrayList<>();
    if (zipKnown.isPresent() && jsonKnown.isPresent() && (format == null || convertedKnown.isPresent())) {
      out.add(skipped(zipKnown.get(), listener));
      out.add(skipped(jsonKnown.get(), listener));
      convertedKnown.ifPresent(e -> out.add(skipped(e, listener)));
      return out;
    }
    // The saved .ugoira.json spares the API call when only a conversion is missing.
    Path savedJson = jsonKnown.map(DownloadArchive.Entry::path).filter(Files::isRegularFile).orElse(null);
    UgoiraMeta meta = savedJson != null ? Ugoira.readMetadata(savedJson) : client.artworks().ugoiraMeta(id).blockingGet();
    String url = o.size() == DownloadOptions.Size.ORIGINAL && meta.originalSrc() != null ? meta.originalSrc() : meta.src();

    // The zip: known and still on disk, or fetched.
    DownloadResult zipResult;
    Path zipOnDisk = zipKnown.map(DownloadArchive.Entry::path).filter(Files::isRegularFile).orElse(null);
    if (zipOnDisk != null) {
      zipResult = skipped(zipKnown.get(), listener);
    } else {
      zipResult = fetchZip(work, url, zip, o, listener);
      zipOnDisk = zipResult.status() == DownloadResult.Status.FAILED ? null : zipResult.path();
    }
    out.add(zipResult);

    // The json: known, or written from the meta.
    if (jsonKnown.isPresent()) {
      out.add(skipped(jsonKnown.get(), listener));
    } else {
      out.add(file(workId, JSON, json, url, o, listener, target -> Ugoira.writeMetadata(id, meta, target)));
    }

    if (format != null) {
      if (convertedKnown.isPresent()) {
        out.add(skipped(convertedKnown.get(), listener));
      } else if (zipOnDisk == null) {
        DownloadResult failed = DownloadResult.failed(workId, slot(format), converted, url,
            zipResult.error() != null ? zipResult.error() : new PixivException("ugoira " + workId + ": no zip to convert"));
        listener.finished(failed);
        out.add(failed);
      } else {
        Path source = zipOnDisk;
        out.add(file(workId, slot(format), converted, url, o, listener,
            target -> o.ugoiraConverter().convert(source, meta, format, target)));
      }
    }
    return out;
  }

  private DownloadResult fetchZip(IllustDetail work, @Nullable String url, Path zip, DownloadOptions o, DownloadListener listener) {
    String workId = work.id();
    DownloadResult r;
    try {
      if (url == null) {
        throw new PixivException("ugoira " + workId + ": ugoira_meta has no zip URL");
      }
      HttpUrl u = downloads.parse(url);
      if (Files.isRegularFile(zip)) {
        r = recorded(workId, ZIP, zip, DownloadResult.Status.SKIPPED, null, o);
      } else {
        listener.started(workId, ZIP, zip);
        FileDownloader.Saved saved = downloads.fetch(u, zip, (delta, total) -> listener.progress(workId, ZIP, delta, total),
            o.archive() != null, o.fsync());
        if (o.metadata()) {
          Downloads.writeMetadata(work, zip);
        }
        r = record(workId, ZIP, zip, saved.size(), saved.sha256(), u.toString(), o);
      }
    } catch (PixivException e) {
      r = DownloadResult.failed(workId, ZIP, zip, url, e);
    } catch (RuntimeException e) {
      r = DownloadResult.failed(workId, ZIP, zip, url, new PixivException(workId + " zip: " + e, e));
    }
    listener.finished(r);
    return r;
  }

  /** A file made locally (json, conversion): skipped when it exists, else written, recorded. */
  private static DownloadResult file(String workId, int slot, Path target, @Nullable String url, DownloadOptions o,
      DownloadListener listener, Writer writer) {
    DownloadResult r;
    try {
      if (Files.isRegularFile(target)) {
        r = recorded(workId, slot, target, DownloadResult.Status.SKIPPED, null, o);
      } else {
        listener.started(workId, slot, target);
        Files.createDirectories(target.getParent());
        writer.write(target);
        r = recorded(workId, slot, target, DownloadResult.Status.SAVED, url, o);
      }
    } catch (PixivException e) {
      r = DownloadResult.failed(workId, slot, target, url, e);
    } catch (java.io.IOException | UncheckedIOException e) {
      r = DownloadResult.failed(workId, slot, target, url, new PixivException("cannot write " + target + ": " + e.getMessage(), e));
    } catch (RuntimeException e) {
      r = DownloadResult.failed(workId, slot, target, url, new PixivException(workId + ": " + target.getFileName() + ": " + e, e));
    }
    listener.finished(r);
    return r;
  }

  private static DownloadResult recorded(String workId, int slot, Path target, DownloadResult.Status status, @Nullable String url, DownloadOptions o) {
    return record(workId, slot, target, Downloads.size(target), Downloads.sha256(target), status == DownloadResult.Status.SAVED ? url : null, o, status);
  }

  private static DownloadResult record(String workId, int slot, Path target, long size, String sha, String url, DownloadOptions o) {
    return record(workId, slot, target, size, sha, url, o, DownloadResult.Status.SAVED);
  }

  private static DownloadResult record(
      String workId, int slot, Path target, long size, String sha, @Nullable String url, DownloadOptions o, DownloadResult.Status status) {
    DownloadArchive archive = o.archive();
    if (archive != null) {
      archive.record(new DownloadArchive.Entry(workId, slot, RECORDED_FILES, target, size, sha, Instant.now()));
    }
    return new DownloadResult(workId, slot, status, target, size, url, sha, null);
  }

  private static Optional<DownloadArchive.Entry> known(@Nullable DownloadArchive archive, String workId, int slot) {
    return archive == null ? Optional.empty() : archive.find(workId, slot);
  }

  private static DownloadResult skipped(DownloadArchive.Entry e, DownloadListener listener) {
    DownloadResult r = new DownloadResult(e.workId(), e.page(), DownloadResult.Status.SKIPPED, e.path(), e.size(), null, e.sha256(), null);
    listener.finished(r);
    return r;
  }

  /** Writes one local file to its final name (atomically, as the ugoira API does). */
  private interface Writer {
    void write(Path target) throws java.io.IOException;
  }
}
