package io.github.pixivajax.examples.recipes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.rx.Cursor;
import io.github.pixivajax.rx.Page;
import io.github.pixivajax.rx.Paged;
import io.github.pixivajax.rx.RxPixiv;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Backs up a user's bookmarks to {@code bookmarks.jsonl}, one work a line, saving the page's cursor
 * to {@code bookmarks.cursor} after each page; run it again and it resumes after the last saved page.
 * A crash between a page's lines and its cursor repeats that page on resume, never skips one.
 *
 * <p>{@code BackupBookmarks [baseUrl|-] [pages] [dir] [userId]}: at most {@code pages} pages this run
 * (default: all), into {@code dir} (default: the current directory), of user 1 by default.
 */
public final class BackupBookmarks {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    try (Target target = Target.open(args); PixivClient client = target.client().build()) {
      Path dir = Path.of(target.arg(2, "."));
      Path jsonl = dir.resolve("bookmarks.jsonl");
      Path saved = dir.resolve("bookmarks.cursor");
      Paged<ArtworkThumbnail> bookmarks =
          RxPixiv.create(client).users().bookmarks(Long.parseLong(target.arg(3, "1")), "", Rest.SHOW);
      if (Files.exists(saved)) {
        bookmarks = bookmarks.from(Cursor.decode(Files.readString(saved).trim()));
        System.out.println("resuming " + bookmarks);
      }
      int pages = 0;
      try (Writer out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        for (Page<ArtworkThumbnail> page : bookmarks.pages().take(target.limit(Integer.MAX_VALUE)).blockingIterable()) {
          for (ArtworkThumbnail work : page.items()) {
            out.write(JSON.writeValueAsString(line(work)) + "\n");
          }
          out.flush();
          save(saved, page.cursor());
          pages++;
          System.out.println("page " + pages + ": " + page.items().size() + " works" + (page.last() ? " (done)" : ""));
        }
      }
    }
  }

  private static Map<String, Object> line(ArtworkThumbnail work) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", work.id());
    line.put("title", work.title());
    line.put("userId", work.userId());
    line.put("tags", work.tags());
    return line;
  }

  /** Temp file, then rename: a crash never leaves a torn cursor. */
  private static void save(Path file, Cursor<?> cursor) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, cursor.encode());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private BackupBookmarks() {}
}
