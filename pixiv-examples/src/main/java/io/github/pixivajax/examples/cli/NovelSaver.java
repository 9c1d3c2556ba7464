package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.api.NovelsApi;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.novel.EmbeddedImage;
import io.github.pixivajax.core.model.novel.InsertedIllust;
import io.github.pixivajax.core.model.novel.NovelDetail;
import io.github.pixivajax.core.model.novel.NovelSeries;
import io.github.pixivajax.core.model.novel.SeriesContentPage;
import io.github.pixivajax.core.novel.EpubBook;
import io.github.pixivajax.core.novel.NovelMarkup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Saves novels as text, Markdown or EPUB: fetches the novel (or every part of a series), its cover and
 * the images its text embeds, and writes through a temporary file renamed into place.
 *
 * <p>Images are fetched through {@code client.downloads()}, which carries pixiv's Referer but never the
 * session (the session goes to pixiv's API only) and honours the client's {@code imageBaseUrl}.
 */
final class NovelSaver implements AutoCloseable {
  enum Format {
    txt,
    md,
    epub
  }

  /** What was written, printed as the command's result. */
  record Saved(String path, String format, int chapters, int images, List<String> missingImages) {}

  private static final long MAX_IMAGE_BYTES = 50L * 1024 * 1024;

  private final PixivClient client;
  private final NovelsApi novels;
  private @Nullable Path scratch;
  private volatile boolean cancelled;
  private int fetched;
  private final List<String> missing = new ArrayList<>();

  NovelSaver(PixivClient client) {
    this.client = client;
    this.novels = client.novels();
  }

  Saved saveNovel(long id, Format format, @Nullable Path out) throws IOException {
    NovelDetail novel = novels.novel(id).blockingGet();
    return saveNovel(novel, format, target(out, "novel-" + id + "." + format));
  }

  /** Writes {@code novel} to {@code target} in {@code format}. */
  Saved saveNovel(NovelDetail novel, Format format, Path target) throws IOException {
    missing.clear();
    NovelMarkup text = NovelMarkup.parse(novel.content());
    switch (format) {
      case txt -> writeText(target, novel.title() + "\n\n" + text.toPlainText() + "\n");
      case md -> {
        Map<String, String> urls = imageUrls(novel, text);
        writeText(target, "# " + markdownTitle(novel.title()) + "\n\n" + text.toMarkdown(urls::get) + "\n");
      }
      case epub -> {
        EpubBook.Builder book = EpubBook.builder("pixiv-novel-" + novel.id(), novel.title())
            .author(novel.userName()).language(language(novel.language())).description(novel.description());
        addCover(book, novel.coverUrl());
        int images = addImages(book, novel, text);
        book.chapter(novel.title(), text).build().writeTo(target);
        return new Saved(target.toString(), format.name(), 1, images, List.copyOf(missing));
      }
      default -> throw new IllegalStateException(format.name());
    }
    return new Saved(target.toString(), format.name(), 1, 0, List.of());
  }

  Saved saveSeries(long seriesId, @Nullable Path out) throws IOException {
    NovelSeries series = novels.series(seriesId).blockingGet();
    return saveSeries(series, target(out, "novel-series-" + seriesId + ".epub"));
  }

  /** Writes every part of {@code series} the session may read, in order, as one EPUB at {@code target}. */
  Saved saveSeries(NovelSeries series, Path target) throws IOException {
    long seriesId = Long.parseLong(series.id());
    missing.clear();
    List<String> ids = new ArrayList<>();
    // series_content pages by position: last_order = parts already fetched; a short page is the last.
    while (true) {
      Feed<SeriesContentPage> page = novels.seriesContent(seriesId, NovelsApi.SERIES_CONTENT_LIMIT, ids.size()).blockingGet();
      List<String> pageIds = page.page() == null ? List.of() : page.page().ids();
      ids.addAll(pageIds);
      if (pageIds.size() < NovelsApi.SERIES_CONTENT_LIMIT) {
        break;
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("series " + seriesId + " has no parts the session may read");
    }
    EpubBook.Builder book = EpubBook.builder("pixiv-novel-series-" + series.id(), series.title())
        .author(series.userName()).language(language(series.language())).description(series.caption());
    int images = 0;
    boolean covered = addCover(book, series.coverUrl());
    for (String id : ids) {
      NovelDetail part = novels.novel(Long.parseLong(id)).blockingGet();
      NovelMarkup text = NovelMarkup.parse(part.content());
      if (!covered) {
        covered = addCover(book, part.coverUrl());
      }
      images += addImages(book, part, text);
      book.chapter(part.title(), text);
    }
    book.build().writeTo(target);
    return new Saved(target.toString(), "epub", ids.size(), images, List.copyOf(missing));
  }

  /** {@code out} itself, or {@code name} inside it when it is a directory, or {@code name} here. */
  private static Path target(@Nullable Path out, String name) {
    if (out == null) {
      return Path.of(name);
    }
    return Files.isDirectory(out) ? out.resolve(name) : out;
  }

  private static String language(@Nullable String language) {
    return language == null || language.isBlank() ? "ja" : language;
  }

  private static String markdownTitle(String title) {
    return title.replace("\\", "\\\\").replace("#", "\\#").replace("*", "\\*").replace("_", "\\_")
        .replace("[", "\\[").replace("]", "\\]").replace("<", "\\<");
  }

  /** The remote URL of every image the text embeds, by markup key. */
  private Map<String, String> imageUrls(NovelDetail novel, NovelMarkup text) {
    Map<String, String> urls = new HashMap<>();
    for (String key : text.imageKeys()) {
      if (key.startsWith("uploadedimage:")) {
        EmbeddedImage image = novel.textEmbeddedImages().get(key.substring("uploadedimage:".length()));
        String url = image == null ? null : image.bestUrl();
        if (url != null) {
          urls.put(key, url);
        }
      }
    }
    List<String> illustPages = text.pixivImageIds();
    for (int from = 0; from < illustPages.size(); from += 100) {
      List<String> batch = illustPages.subList(from, Math.min(illustPages.size(), from + 100));
      Map<String, InsertedIllust> found = novels.insertIllusts(Long.parseLong(novel.id()), batch).blockingGet();
      for (Map.Entry<String, InsertedIllust> e : found.entrySet()) {
        InsertedIllust.Illust illust = e.getValue().illust();
        String url = e.getValue().visible() && illust != null ? illust.bestUrl() : null;
        if (url != null) {
          urls.put("pixivimage:" + e.getKey(), url);
        }
      }
    }
    return urls;
  }

  private int addImages(EpubBook.Builder book, NovelDetail novel, NovelMarkup text) {
    int added = 0;
    for (Map.Entry<String, String> e : new LinkedHashMap<>(imageUrls(novel, text)).entrySet()) {
      byte[] bytes = fetch(e.getValue());
      String type = bytes == null ? null : EpubBook.imageMediaType(bytes);
      if (type == null) {
        missing.add(e.getKey());
        continue;
      }
      book.image(e.getKey(), bytes, type);
      added++;
    }
    return added;
  }

  private boolean addCover(EpubBook.Builder book, @Nullable String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    byte[] bytes = fetch(url);
    String type = bytes == null ? null : EpubBook.imageMediaType(bytes);
    if (type == null) {
      missing.add("cover");
      return false;
    }
    book.cover(bytes, type);
    return true;
  }

  /**
   * The image's bytes, or null when it cannot be fetched (the book then keeps a placeholder). Through
   * {@code client.downloads()}: pixiv's Referer, never the session, and the client's image mirror.
   */
  private byte @Nullable [] fetch(String url) {
    stopIfCancelled();
    try {
      if (scratch == null) {
        scratch = Files.createTempDirectory("pixiv-novel-images-");
      }
      Path file = scratch.resolve("image-" + (++fetched));
      try {
        client.downloads().file(url, file);
        return Files.size(file) > MAX_IMAGE_BYTES ? null : Files.readAllBytes(file);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".part"));
      }
    } catch (PixivException | IllegalArgumentException | IOException e) {
      stopIfCancelled(); // a transfer cut by Ctrl-C is not a missing image: the book must not be written
      return null;
    }
  }

  /** Ctrl-C: the save in progress ends with {@link java.util.concurrent.CancellationException}, writing nothing. */
  void cancel() {
    cancelled = true;
  }

  private void stopIfCancelled() {
    if (cancelled) {
      throw new java.util.concurrent.CancellationException("interrupted");
    }
  }

  private static void writeText(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    // Not createTempFile: its owner-only permissions would stick to the final file.
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public void close() {
    Path dir = scratch;
    if (dir != null) {
      try (java.util.stream.Stream<Path> left = Files.list(dir)) {
        for (Path p : (Iterable<Path>) left::iterator) {
          Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // a temporary folder left behind is harmless
      }
    }
  }
}
