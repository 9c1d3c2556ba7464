package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.PixivForbiddenException;
import io.github.pixivajax.core.PixivNetworkException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivServerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Streams one URL to a file: into {@code NAME.part} beside it, resumed with {@code Range} when a part
 * is left from an earlier try and the server answers 206 for the right offset; renamed atomically
 * once the length matches, after an fsync of the file when asked. Memory stays at one buffer
 * whatever the size.
 *
 * <p>The SHA-256 is computed on the bytes as they arrive (one pass, no re-read), and only when asked:
 * with the JDK's SHA intrinsics it still costs about as much CPU as the transfer over loopback.
 */
public final class FileDownloader {
  /** Suffix of files being downloaded. */
  public static final String PART = ".part";
  // Large enough that a multi-MiB image takes few read/write calls, small enough to stay flat.
  private static final int BUFFER = 256 * 1024;
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)");

  /** Bytes arrived; {@code total} is the file's full length or -1. */
  public interface Progress {
    void bytes(long delta, long total);
  }

  /** A file saved under its final name. */
  public record Saved(Path path, long size, @Nullable String sha256, boolean resumed) {}

  private final OkHttpClient http;

  public FileDownloader(OkHttpClient http) {
    this.http = Objects.requireNonNull(http, "http == null");
  }

  /** The status of a {@code HEAD} request (for probing which original exists). */
  public int head(HttpUrl url) {
    Request request = new Request.Builder().url(url).head().build();
    try (Response r = http.newCall(request).execute()) {
      if (r.code() == 403) {
        throw error(r, url);
      }
      return r.code();
    } catch (IOException e) {
      throw new PixivNetworkException("HEAD " + url.encodedPath(), e);
    }
  }

  /** {@link #download(HttpUrl, Path, Progress, boolean, boolean)} with the SHA-256 and fsync. */
  public Saved download(HttpUrl url, Path target, Progress progress) {
    return download(url, target, progress, true, true);
  }

  /**
   * Downloads {@code url} to {@code target}; throws a {@link PixivException} and leaves no file under
   * {@code target} on failure.
   *
   * @param hash compute the file's SHA-256 ({@link Saved#sha256()} is null otherwise)
   * @param fsync force the file to disk before the rename, so that after a power loss the final name
   *     holds the whole content or does not exist; without it a crash of the process still leaves
   *     nothing half-written under the final name (the rename comes last), a crash of the machine may
   */
  public Saved download(HttpUrl url, Path target, Progress progress, boolean hash, boolean fsync) {
    String endpoint = "GET " + url.encodedPath();
    Path part = target.resolveSibling(target.getFileName() + PART);
    boolean[] mine = {false};
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
        FileLock lock;
        try {
          lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        }
        if (lock == null) {
          throw new PixivException(endpoint + ": " + part + " is being downloaded by another thread or process");
        }
        mine[0] = true;
        Saved saved = transfer(url, endpoint, ch, target, progress, hash);
        if (fsync) {
          ch.force(false); // data and size; other metadata (times) need not survive
        }
        lock.release();
        ch.close();
        move(part, target);
        return saved;
      }
    } catch (IOException e) {
      // No re-interrupt for InterruptedIOException: a read timeout is one too (and must not leave the
      // caller's thread interrupted), while a real interrupt keeps its flag (Okio re-sets it, the loop never clears it).
      dropEmpty(part, mine[0]);
      throw new PixivNetworkException(endpoint, e);
    } catch (RuntimeException e) {
      dropEmpty(part, mine[0]);
      throw e;
    }
  }

  /** A part with nothing in it is no use for resuming. */
  private static void dropEmpty(Path part, boolean mine) {
    if (!mine) {
      return;
    }
    try {
      if (Files.size(part) == 0) {
        Files.deleteIfExists(part);
      }
    } catch (IOException ignored) {
      // gone already, or unreadable: nothing to resume either way
    }
  }

  private Saved transfer(HttpUrl url, String endpoint, FileChannel ch, Path target, Progress progress, boolean hash) throws IOException {
    long have = ch.size();
    // At most two rounds: a range that does not fit restarts from byte 0, without Range.
    for (;;) {
      Request.Builder rb = new Request.Builder().url(url);
      if (have > 0) {
        rb.header("Range", "bytes=" + have + "-");
      }
      Call call = http.newCall(rb.build());
      try (Response r = call.execute()) {
        long total;
        long start;
        if (have > 0 && r.code() == 206) {
          long[] range = contentRange(r.header("Content-Range"));
          if (range == null || range[0] != have) {
            // A range we did not ask for: start over from byte 0 without Range.
            have = restart(ch);
            continue;
          }
          start = have;
          total = range[2];
        } else if (have > 0 && r.code() == 416) {
          long[] range = contentRange(r.header("Content-Range"));
          if (range != null && range[2] == have) {
            return new Saved(target, have, hash ? sha256(ch, have) : null, true); // the part was complete already
          }
          have = restart(ch);
          continue;
        } else if (r.code() == 200) {
          start = 0;
          ResponseBody body = r.body();
          total = body == null ? -1 : body.contentLength();
        } else {
          throw error(r, url);
        }
        ch.truncate(start);
        ch.position(start);
        MessageDigest digest = hash ? digest() : null;
        if (start > 0) {
          if (digest != null) {
            hashPrefix(ch, start, digest);
          }
          ch.position(start);
          progress.bytes(start, total);
        }
        long written = start;
        ResponseBody body = r.body();
        if (body != null) {
          byte[] buf = new byte[BUFFER];
          ByteBuffer bb = ByteBuffer.wrap(buf);
          try (InputStream in = body.byteStream()) {
            for (boolean end = false; !end; ) {
              // Fill the buffer before writing: a socket read returns what arrived (often 8-64 KiB),
              // and each chunk would otherwise cost its own write, digest and progress call.
              int n = 0;
              IOException cut = null;
              try {
                while (n < buf.length && !Thread.currentThread().isInterrupted()) {
                  int got = in.read(buf, n, buf.length - n);
                  if (got < 0) {
                    end = true;
                    break;
                  }
                  n += got;
                }
              } catch (IOException e) {
                cut = e; // keep what arrived before the cut: the part is resumed from there
              }
              if (n > 0) {
                if (digest != null) {
                  digest.update(buf, 0, n);
                }
                bb.clear().limit(n);
                while (bb.hasRemaining()) {
                  ch.write(bb);
                }
                written += n;
                progress.bytes(n, total);
              }
              if (cut != null) {
                throw cut;
              }
              if (Thread.currentThread().isInterrupted()) {
                call.cancel();
                throw new InterruptedIOException("interrupted");
              }
            }
          }
        }
        if (total >= 0 && written != total) {
          throw new IOException("connection closed after " + written + " of " + total + " bytes");
        }
        return new Saved(target, written, digest == null ? null : HexFormat.of().formatHex(digest.digest()), start > 0);
      }
    }
  }

  private static long restart(FileChannel ch) throws IOException {
    ch.truncate(0);
    return 0;
  }

  /** {@code [first, last, total]} of a {@code Content-Range}; -1 for {@code *}; null when malformed. */
  static long @Nullable [] contentRange(@Nullable String header) {
    if (header == null) {
      return null;
    }
    Matcher m = CONTENT_RANGE.matcher(header.trim());
    if (!m.matches()) {
      return null;
    }
    long first = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
    long last = m.group(2) == null ? -1 : Long.parseLong(m.group(2));
    long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
    return new long[] {first, last, total};
  }

  private static PixivException error(Response r, HttpUrl url) {
    String method = r.request().method();
    String path = url.encodedPath();
    int code = r.code();
    if (code == 403) {
      return new PixivForbiddenException(code, method, path, "forbidden: image hosts need Referer: https://www.pixiv.net/", "");
    }
    if (code == 404 || code == 410) {
      return new PixivNotFoundException(code, method, path, "gone", "");
    }
    if (code >= 500) {
      return new PixivServerException(code, method, path, null, "");
    }
    return new PixivApiException(code, method, path, null, "");
  }

  /*
   * No fsync of the folder after the rename: it would only make the completion itself survive a power
   * loss (the file could otherwise be back to NAME.part, whole), which the archive (SQLite WAL,
   * synchronous=NORMAL) does not promise either; it cost a second disk wait per file.
   */
  private static void move(Path part, Path target) throws IOException {
    AtomicFiles.publish(part, target);
  }

  private static String sha256(FileChannel ch, long size) throws IOException {
    MessageDigest d = digest();
    hashPrefix(ch, size, d);
    return HexFormat.of().formatHex(d.digest());
  }

  private static void hashPrefix(FileChannel ch, long size, MessageDigest digest) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(BUFFER);
    long pos = 0;
    while (pos < size) {
      buf.clear();
      if (size - pos < buf.capacity()) {
        buf.limit((int) (size - pos));
      }
      int n = ch.read(buf, pos);
      if (n < 0) {
        break;
      }
      buf.flip();
      digest.update(buf);
      pos += n;
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
