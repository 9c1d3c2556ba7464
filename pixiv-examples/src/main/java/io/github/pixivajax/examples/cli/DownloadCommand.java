package io.github.pixivajax.examples.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pixiv download …}: works' images saved to disk, with an archive to skip what is saved. */
@Command(
    name = "download",
    description = {
      "Save works' images to disk: atomic renames, resumable .part files, an SQLite archive of what is saved.",
      "Exit 0 when every file was saved or skipped, 1 when any failed, 130 on Ctrl-C."
    })
final class DownloadCommand extends Base {
  @Command(description = "Artworks by id: every page of each.")
  int illust(@Parameters(paramLabel = "ID", arity = "1..*", description = "Artwork ids.") List<Long> ids, @Mixin DownloadSettings settings) {
    for (Long id : ids) {
      if (id == null || id < 1) {
        throw new IllegalArgumentException("ID must be >= 1 but was " + id);
      }
    }
    try (DownloadRun run = new DownloadRun(root, settings)) {
      return run.ids(ids);
    }
  }
}
