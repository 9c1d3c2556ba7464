package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.RankingContent;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.reactivex.rxjava3.core.Flowable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pixiv download …}: works' images saved to disk, with an archive to skip what is saved. */
@Command(
    name = "download",
    mixinStandardHelpOptions = true,
    scope = picocli.CommandLine.ScopeType.INHERIT,
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

  @Command(description = "Every work of a user.")
  int user(@Parameters(paramLabel = "ID") long id, @Mixin DownloadSettings settings) {
    positive(id, "ID");
    return works(settings, () -> root.rx().users().works(id).items());
  }

  @Command(description = "Works a user bookmarked.")
  int bookmarks(
      @Parameters(paramLabel = "USER_ID") long id,
      @Option(names = "--tag", defaultValue = "", description = "Only bookmarks with this bookmark tag.") String tag,
      @Option(names = "--private", description = "Private bookmarks (own account only).") boolean hidden,
      @Mixin DownloadSettings settings) {
    positive(id, "USER_ID");
    return works(settings, () -> root.rx().users().bookmarks(id, tag, hidden ? Rest.HIDE : Rest.SHOW).items());
  }

  @Command(description = "Search results (illustrations and manga).")
  int search(@Parameters(paramLabel = "WORD") String word, @Mixin SearchCommand.Filters filters, @Mixin SearchCommand.AllPages all,
      @Mixin DownloadSettings settings) {
    var query = filters.query(word);
    if (all.value) {
      root.clientWithImages(); // before rx() builds the client: the images decide on TLS too
      var sliced = root.rx().search().slicedArtworks(query); // refuses popularity orders before any request
      return works(settings, () -> sliced.items());
    }
    return works(settings, () -> root.rx().search().artworks(query).items());
  }

  @Command(description = "A ranking.")
  int ranking(
      @Option(names = "--mode", defaultValue = "daily", description = "daily, weekly, monthly, rookie, original, male, female, daily_r18… (default: ${DEFAULT-VALUE})") String mode,
      @Option(names = "--content", description = "illust, manga, ugoira (default: all kinds)") @Nullable String content,
      @Option(names = "--date", description = "The day (yyyy-MM-dd); default the latest") @Nullable LocalDate date,
      @Mixin DownloadSettings settings) {
    RankingMode m = SearchCommand.wire(RankingMode.class, mode, "--mode");
    RankingContent c = content == null ? null : SearchCommand.wire(RankingContent.class, content, "--content");
    return ids(settings, () -> root.rx().ranking().ranking(m, c, date).items().map(RankingItem::illustId));
  }

  @Command(name = "follow-latest", description = "New works of followed users.")
  int followLatest(@Option(names = "--mode", defaultValue = "all", description = "all or r18 (default: ${DEFAULT-VALUE})") ContentMode mode,
      @Mixin DownloadSettings settings) {
    return works(settings, () -> root.rx().feeds().followLatest(mode).items());
  }

  @Command(description = "The works of a manga series.")
  int series(@Parameters(paramLabel = "ID") long id, @Mixin DownloadSettings settings) {
    positive(id, "ID");
    return works(settings, () -> root.rx().series().series(id).items());
  }

  @Command(description = {"Novels by id, one file each (the archive records them as novel-ID).",
      "--name fields: {id} {title} {user_id} {user_name} {date} {ext} (the format) {type} (novel); default " + NovelDownloadRun.DEFAULT_NAME + "."})
  int novel(@Parameters(paramLabel = "ID", arity = "1..*", description = "Novel ids.") List<Long> ids,
      @Option(names = "--novel-format", paramLabel = "FORMAT", defaultValue = "epub", description = "txt, md or epub (default: ${DEFAULT-VALUE}).")
      NovelSaver.Format format,
      @Mixin DownloadSettings settings) {
    for (Long id : ids) {
      if (id == null || id < 1) {
        throw new IllegalArgumentException("ID must be >= 1 but was " + id);
      }
    }
    try (NovelDownloadRun run = new NovelDownloadRun(root, settings, format)) {
      return run.novels(ids);
    }
  }

  @Command(name = "novel-series", description = {"A whole novel series as one EPUB, parts in order (archived as novel-series-ID;",
      "a rerun asks for the series only and saves it again when pixiv lists more parts).",
      "--name fields as for novel; {type} is novel-series."})
  int novelSeries(@Parameters(paramLabel = "SERIES_ID") long id,
      @Option(names = "--novel-format", paramLabel = "FORMAT", defaultValue = "epub", description = "epub (default: ${DEFAULT-VALUE}).")
      NovelSaver.Format format,
      @Mixin DownloadSettings settings) {
    positive(id, "SERIES_ID");
    if (format != NovelSaver.Format.epub) {
      throw new IllegalArgumentException("--novel-format must be epub for a series but was " + format);
    }
    try (NovelDownloadRun run = new NovelDownloadRun(root, settings, format)) {
      return run.series(id);
    }
  }

  private int works(DownloadSettings settings, Supplier<Flowable<ArtworkThumbnail>> works) {
    return ids(settings, () -> works.get().map(ArtworkThumbnail::id));
  }

  private int ids(DownloadSettings settings, Supplier<Flowable<String>> ids) {
    try (DownloadRun run = new DownloadRun(root, settings)) {
      return run.stream(ids.get());
    }
  }

  private static void positive(long id, String name) {
    if (id < 1) {
      throw new IllegalArgumentException(name + " must be >= 1 but was " + id);
    }
  }
}
