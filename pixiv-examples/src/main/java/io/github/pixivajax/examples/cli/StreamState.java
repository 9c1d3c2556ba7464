package io.github.pixivajax.examples.cli;

import io.github.pixivajax.rx.Cursor;
import io.github.pixivajax.rx.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a paginated CLI stream stands, as {@code --state FILE} keeps it: the stream's name, the cursor
 * of the last page fully written (none yet: the start) and how many items of the page after it are
 * already out. Saved after every item, to a temporary file renamed over the old one, so the file is
 * always whole; a restarted run skips exactly what was written.
 */
record StreamState(String stream, @Nullable Cursor<?> cursor, long written) {
  private static final String VERSION = "pixiv-state 1";

  /** One item of a page, and the page's cursor when it is the page's last item. */
  record Entry(Object item, @Nullable Cursor<?> pageCursor) {}

  static List<Entry> entries(Page<?> page) {
    List<Entry> out = new ArrayList<>(page.items().size());
    for (int i = 0; i < page.items().size(); i++) {
      out.add(new Entry(page.items().get(i), i == page.items().size() - 1 ? page.cursor() : null));
    }
    return out;
  }

  StreamState after(Entry e) {
    return e.pageCursor() != null ? new StreamState(stream, e.pageCursor(), 0) : new StreamState(stream, cursor, written + 1);
  }

  /**
   * The state in {@code file}, or the start when there is none.
   *
   * @throws IllegalArgumentException if the file is not a state file or belongs to another stream
   */
  static StreamState load(Path file, String stream) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new StreamState(stream, null, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read --state " + file, e);
    }
    if (lines.size() < 4 || !lines.get(0).equals(VERSION)) {
      throw new IllegalArgumentException("--state " + file + " is not a pixiv state file");
    }
    String saved = value(lines.get(1), "stream", file);
    if (!saved.equals(stream)) {
      throw new IllegalArgumentException("--state " + file + " belongs to the stream " + saved + ", not to " + stream);
    }
    String cursor = value(lines.get(2), "cursor", file);
    long written;
    try {
      written = Long.parseLong(value(lines.get(3), "written", file));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--state " + file + " has a malformed written count", e);
    }
    if (written < 0) {
      throw new IllegalArgumentException("--state " + file + " has a negative written count");
    }
    return new StreamState(stream, cursor.isEmpty() ? null : Cursor.decode(cursor), written);
  }

  private static String value(String line, String key, Path file) {
    if (!line.startsWith(key + "=")) {
      throw new IllegalArgumentException("--state " + file + " lacks " + key);
    }
    return line.substring(key.length() + 1);
  }

  /**
   * A live tail's state: the newest work id a previous run wrote (0: none), so a restarted tail emits
   * only what is new.
   *
   * @throws IllegalArgumentException if the file is not a tail's state file or belongs to another tail
   */
  static long loadNewest(Path file, String stream) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read --state " + file, e);
    }
    if (lines.size() < 3 || !lines.get(0).equals(VERSION)) {
      throw new IllegalArgumentException("--state " + file + " is not a pixiv state file");
    }
    String saved = value(lines.get(1), "stream", file);
    if (!saved.equals(stream)) {
      throw new IllegalArgumentException("--state " + file + " belongs to the stream " + saved + ", not to " + stream);
    }
    try {
      return Long.parseLong(value(lines.get(2), "newest", file));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--state " + file + " has a malformed newest id", e);
    }
  }

  static void saveNewest(Path file, String stream, long newest) {
    write(file, VERSION + "\nstream=" + stream + "\nnewest=" + newest + "\n");
  }

  /** Writes the state to a temporary file beside {@code file}, then renames it over {@code file}. */
  void save(Path file) {
    write(file, VERSION + "\nstream=" + stream + "\ncursor=" + (cursor == null ? "" : cursor.encode())
        + "\nwritten=" + written + "\n");
  }

  private static void write(Path file, String text) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write --state " + file, e);
    }
  }
}
