package io.github.pixivajax.core.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.DownloadArchive;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadArchiveTest {
  @TempDir Path dir;

  static DownloadArchive.Entry entry(String work, int page, int pages) {
    return new DownloadArchive.Entry(work, page, pages, Path.of("/x/" + work + "_p" + page + ".png"), 1000 + page, "ab" + page, Instant.ofEpochMilli(1_700_000_000_000L));
  }

  @Test
  void recordsAndFindsPagesAndKnowsCompleteWorks() {
    try (DownloadArchive a = DownloadArchive.open(dir.resolve("sub/archive.sqlite"))) {
      a.record(entry("5", 0, 2));
      assertThat(a.isComplete("5")).isFalse();
      a.record(entry("5", 1, 2));
      assertThat(a.isComplete("5")).isTrue();
      assertThat(a.isComplete("6")).isFalse();
      assertThat(a.find("5", 1)).contains(entry("5", 1, 2));
      assertThat(a.find("5", 2)).isEmpty();
    }
    try (DownloadArchive again = DownloadArchive.open(dir.resolve("sub/archive.sqlite"))) {
      assertThat(again.size()).isEqualTo(2);
    }
  }

  @Test
  void twoWritersOnOneFileLoseNothing() throws Exception {
    Path file = dir.resolve("shared.sqlite");
    int each = 150;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try (DownloadArchive a = DownloadArchive.open(file); DownloadArchive b = DownloadArchive.open(file)) {
      List<Future<?>> done = new ArrayList<>();
      for (DownloadArchive w : List.of(a, b)) {
        String prefix = w == a ? "a" : "b";
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < each; i++) {
            w.record(entry(prefix + i, 0, 1));
            w.isComplete(prefix + (i / 2)); // interleave reads with writes
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      assertThat(a.size()).isEqualTo(2L * each);
      assertThat(b.isComplete("a" + (each - 1))).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }
}
