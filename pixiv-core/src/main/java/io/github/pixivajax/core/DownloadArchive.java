package io.github.pixivajax.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SQLite index of saved files (work id, page, path, size, SHA-256, time), like gallery-dl's
 * {@code --download-archive}: downloads skip what it knows without a request.
 *
 * <p>Needs {@code org.xerial:sqlite-jdbc} on the class path (an optional dependency of pixiv-core).
 * The database runs in WAL mode with a busy timeout, so several threads, clients and processes may
 * share one archive file. Thread-safe; {@link #close()} when done.
 */
public final class DownloadArchive implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MS = 30_000;

  /**
   * One saved file.
   *
   * @param pageCount the work's page count when it was saved
   * @param savedAt when it was saved
   */
  public record Entry(String workId, int page, int pageCount, Path path, long size, String sha256, Instant savedAt) {}

  private final Path file;
  private final Connection db;

  private DownloadArchive(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** Opens (creating if needed) the archive at {@code file}; its folder is created too. */
  public static DownloadArchive open(Path file) {
    Objects.requireNonNull(file, "file == null");
    Path abs = file.toAbsolutePath().normalize();
    try {
      Class.forName("org.sqlite.JDBC");
    } catch (ClassNotFoundException e) {
      throw new PixivException("the download archive needs org.xerial:sqlite-jdbc on the class path", e);
    }
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + abs);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("CREATE TABLE IF NOT EXISTS files ("
            + "work_id TEXT NOT NULL, page INTEGER NOT NULL, page_count INTEGER NOT NULL, path TEXT NOT NULL,"
            + " size INTEGER NOT NULL, sha256 TEXT NOT NULL, saved_at INTEGER NOT NULL,"
            + " PRIMARY KEY (work_id, page))");
      }
      return new DownloadArchive(abs, db);
    } catch (java.io.IOException | SQLException e) {
      throw new PixivException("cannot open the download archive " + abs + ": " + e.getMessage(), e);
    }
  }

  /** The archive's file. */
  public Path file() {
    return file;
  }

  /** Records a saved file (replacing an earlier record of the same page). */
  public synchronized void record(Entry entry) {
    Objects.requireNonNull(entry, "entry == null");
    try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, entry.workId());
      p.setInt(2, entry.page());
      p.setInt(3, entry.pageCount());
      p.setString(4, entry.path().toString());
      p.setLong(5, entry.size());
      p.setString(6, entry.sha256());
      p.setLong(7, entry.savedAt().toEpochMilli());
      p.executeUpdate();
    } catch (SQLException e) {
      throw failure("record", e);
    }
  }

  /** The record of one page, if saved. */
  public synchronized Optional<Entry> find(String workId, int page) {
    Objects.requireNonNull(workId, "workId == null");
    try (PreparedStatement p = db.prepareStatement("SELECT * FROM files WHERE work_id = ? AND page = ?")) {
      p.setString(1, workId);
      p.setInt(2, page);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(entry(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Every saved page of a work, by page. */
  public synchronized List<Entry> entries(String workId) {
    Objects.requireNonNull(workId, "workId == null");
    try (PreparedStatement p = db.prepareStatement("SELECT * FROM files WHERE work_id = ? ORDER BY page")) {
      p.setString(1, workId);
      List<Entry> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(entry(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Whether every page of the work is saved (as many pages as it had when last saved). */
  public boolean isComplete(String workId) {
    List<Entry> entries = entries(workId);
    return !entries.isEmpty() && entries.size() >= entries.get(0).pageCount();
  }

  /** How many files are recorded. */
  public synchronized long size() {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM files")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  @Override
  public String toString() {
    return "DownloadArchive{" + file + "}";
  }

  private static Entry entry(ResultSet r) throws SQLException {
    return new Entry(
        r.getString("work_id"), r.getInt("page"), r.getInt("page_count"), Path.of(r.getString("path")),
        r.getLong("size"), r.getString("sha256"), Instant.ofEpochMilli(r.getLong("saved_at")));
  }

  private PixivException failure(String what, SQLException e) {
    return new PixivException("download archive " + file + ": cannot " + what + ": " + e.getMessage(), e);
  }
}
