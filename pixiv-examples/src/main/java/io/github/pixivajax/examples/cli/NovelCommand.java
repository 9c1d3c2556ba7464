package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NovelBookmarkAddRequest;
import io.github.pixivajax.core.api.NovelLikeRequest;
import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.SearchMode;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.novel.NovelMarkup;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "novel", addMethodSubcommands = false, mixinStandardHelpOptions = true,
    description = "Novels: details, text, series, bookmark tags, bookmarks and likes; save as txt, md or epub.",
    subcommands = {NovelCommand.BookmarkGroup.class})
final class NovelCommand extends Base {
  @Command(mixinStandardHelpOptions = true, description = "The novel's details and text (JSON).")
  int info(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().novels().novel(id));
  }

  @Command(mixinStandardHelpOptions = true, description = "The novel's text rendered as plain text.")
  int text(@Parameters(paramLabel = "ID") long id) {
    String content = root.client().novels().novel(id).blockingGet().content();
    PrintWriter out = root.spec.commandLine().getOut();
    out.println(NovelMarkup.parse(content).toPlainText());
    out.flush();
    return Cli.OK;
  }

  @Command(name = "series-info", mixinStandardHelpOptions = true, description = "A novel series: title, caption, part count, cover.")
  int seriesInfo(@Parameters(paramLabel = "SERIES_ID") long id) {
    return single(root.client().novels().series(id));
  }

  @Command(name = "bookmark-tags", mixinStandardHelpOptions = true, description = "A user's novel bookmark tags with counts (needs a session).")
  int bookmarkTags(@Parameters(paramLabel = "USER_ID") long userId) {
    return single(root.client().novels().bookmarkTags(userId));
  }

  @Command(mixinStandardHelpOptions = true, description = "The parts of a novel series, in order (streamed).")
  int series(@Parameters(paramLabel = "SERIES_ID") long id, @Mixin Limit limit) {
    return stream(root.rx().novels().seriesContent(id), limit.value);
  }

  @Command(mixinStandardHelpOptions = true, description = "Novels matching WORD, 30 a page (streamed); --series for series (gs=1).")
  int search(
      @Parameters(paramLabel = "WORD") String word,
      @Option(names = "--order", paramLabel = "ORDER", description = "date_d, date, popular_d…") @Nullable SearchOrder order,
      @Option(names = "--mode", paramLabel = "MODE", description = "all, safe or r18.") @Nullable ContentMode mode,
      @Option(names = "--s-mode", paramLabel = "S_MODE", description = "s_tag, s_tag_full or s_tc.") @Nullable SearchMode sMode,
      @Option(names = "--tlt", paramLabel = "N", description = "At least N characters.") @Nullable Integer tlt,
      @Option(names = "--tgt", paramLabel = "N", description = "At most N characters.") @Nullable Integer tgt,
      @Option(names = "--lang", paramLabel = "LANG", description = "The text's language, e.g. ja.") @Nullable String lang,
      @Option(names = "--series", description = "Series instead of novels (pixiv's gs=1).") boolean series,
      @Option(names = "--scd", paramLabel = "DATE", description = "Posted on or after this day (yyyy-MM-dd).") java.time.@Nullable LocalDate scd,
      @Option(names = "--ecd", paramLabel = "DATE", description = "Posted on or before this day (yyyy-MM-dd).") java.time.@Nullable LocalDate ecd,
      @Mixin SearchCommand.AllPages all,
      @Mixin Limit limit) {
    NovelSearchQuery q = NovelSearchQuery.builder(word).order(order).mode(mode).sMode(sMode).textLength(tlt, tgt).workLang(lang)
        .dates(scd, ecd).build();
    if (all.value) {
      if (series) {
        throw new IllegalArgumentException("--all-pages cannot be combined with --series");
      }
      return stream(root.rx().novels().slicedSearch(q), limit.value);
    }
    return stream(series ? root.rx().novels().searchSeries(q) : root.rx().novels().search(q), limit.value);
  }

  @Command(name = "new", mixinStandardHelpOptions = true, description = "Everyone's new novels, newest first (streamed; needs a session).")
  int newNovels(@Option(names = "--r18", description = "R-18 novels instead.") boolean r18, @Mixin Limit limit) {
    return stream(root.rx().novels().newNovels(r18), limit.value);
  }

  @Command(name = "follow-latest", mixinStandardHelpOptions = true, description = "New novels by followed users (streamed; needs a session).")
  int followLatest(
      @Option(names = "--mode", paramLabel = "MODE", defaultValue = "all", description = "all or r18 (default: ${DEFAULT-VALUE}).") ContentMode mode,
      @Mixin Limit limit) {
    return stream(root.rx().novels().followLatest(mode), limit.value);
  }

  @Command(mixinStandardHelpOptions = true, description = "A user's novel bookmarks (streamed; needs a session).")
  int bookmarks(
      @Parameters(paramLabel = "USER_ID") long userId,
      @Option(names = "--tag", paramLabel = "TAG", defaultValue = "", description = "Only bookmarks with this bookmark tag.") String tag,
      @Option(names = "--private", description = "The private bookmarks (your own only).") boolean isPrivate,
      @Mixin Limit limit) {
    return stream(root.rx().novels().bookmarks(userId, tag, isPrivate ? Rest.HIDE : Rest.SHOW), limit.value);
  }

  @Command(mixinStandardHelpOptions = true, description = "Novels recommended next to a novel (streamed through nextIds).")
  int recommend(@Parameters(paramLabel = "ID") long id, @Mixin Limit limit) {
    return stream(root.rx().novels().recommendations(id), limit.value);
  }

  @Command(mixinStandardHelpOptions = true, description = "A novel's root comments, newest first (streamed).")
  int comments(@Parameters(paramLabel = "ID") long id, @Mixin Limit limit) {
    return stream(root.rx().novels().comments(id), limit.value);
  }

  @Command(mixinStandardHelpOptions = true, description = "All novels of a user, newest first (streamed).")
  int works(@Parameters(paramLabel = "USER_ID") long userId, @Mixin Limit limit) {
    return stream(root.rx().novels().works(userId), limit.value);
  }

  @Command(mixinStandardHelpOptions = true, description = "Like a novel (needs a session).")
  int like(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().novels().like(NovelLikeRequest.of(id)));
  }

  @Command(mixinStandardHelpOptions = true, description = "Save a novel as plain text, Markdown or EPUB (with cover and images).")
  int save(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "txt", description = "txt, md or epub (default: ${DEFAULT-VALUE}).") NovelSaver.Format format,
      @Option(names = "--out", paramLabel = "PATH", description = "File or directory to write (default: novel-ID.FORMAT here).") @Nullable Path out)
      throws IOException {
    try (NovelSaver saver = new NovelSaver(root.clientWithImages())) {
      root.output().single(saver.saveNovel(id, format, out));
    }
    return Cli.OK;
  }

  @Command(name = "save-series", mixinStandardHelpOptions = true, description = "Save a whole novel series as one EPUB, parts in order.")
  int saveSeries(
      @Parameters(paramLabel = "SERIES_ID") long id,
      @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "epub", description = "epub (default: ${DEFAULT-VALUE}).") NovelSaver.Format format,
      @Option(names = "--out", paramLabel = "PATH", description = "File or directory to write (default: novel-series-ID.epub here).") @Nullable Path out)
      throws IOException {
    if (format != NovelSaver.Format.epub) {
      throw new IllegalArgumentException("--format must be epub for a series but was " + format);
    }
    try (NovelSaver saver = new NovelSaver(root.clientWithImages())) {
      root.output().single(saver.saveSeries(id, out));
    }
    return Cli.OK;
  }

  /** {@code novel bookmark add|delete}. */
  @Command(name = "bookmark", mixinStandardHelpOptions = true, description = "Bookmark novels (needs a session).")
  static final class BookmarkGroup {
    @picocli.CommandLine.ParentCommand NovelCommand parent;

    @Command(mixinStandardHelpOptions = true, description = "Bookmark a novel; prints the new bookmark id (null when it already was).")
    int add(
        @Parameters(paramLabel = "ID") long id,
        @Option(names = "--private", description = "A private bookmark.") boolean isPrivate,
        @Option(names = "--comment", defaultValue = "", description = "Bookmark comment (140 characters at most).") String comment,
        @Option(names = "--tag", description = "Bookmark tag; repeat for several (10 at most).") @Nullable List<String> tags) {
      NovelBookmarkAddRequest request = NovelBookmarkAddRequest.of(id).withPrivate(isPrivate).withComment(comment)
          .withTags(tags == null ? List.of() : new ArrayList<>(tags));
      return parent.single(parent.root.client().novels().addBookmark(request));
    }

    @Command(mixinStandardHelpOptions = true, description = "Delete a novel bookmark by its bookmark id (bookmarkData.id).")
    int delete(@Parameters(paramLabel = "BOOKMARK_ID") long bookmarkId) {
      return parent.single(parent.root.client().novels().deleteBookmark(bookmarkId));
    }
  }
}
