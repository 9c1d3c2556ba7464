package io.github.pixivajax.core.novel;

import io.github.pixivajax.core.internal.novel.EpubZip;
import io.github.pixivajax.core.internal.novel.MarkupRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An EPUB 3 book of one novel or a whole series: one XHTML document per chapter (a novel, or a part
 * of a series), a navigation document, an optional cover, and the images the text embeds.
 *
 * <pre>{@code
 * EpubBook.builder("pixiv-novel-series-" + seriesId, series.title())
 *     .author(series.userName()).language("ja")
 *     .cover(coverBytes, "image/jpeg")
 *     .chapter(part.title(), NovelMarkup.parse(part.content()))
 *     .image("uploadedimage:12345", imageBytes, "image/png")
 *     .build()
 *     .writeTo(Path.of("series.epub"));
 * }</pre>
 *
 * <p>Images are matched to the markup by {@link NovelMarkup}'s image keys; an image the book lacks
 * stays a textual placeholder. Instances are immutable.
 */
public final class EpubBook {
  private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final String identifier;
  private final String title;
  private final @Nullable String author;
  private final String language;
  private final @Nullable String description;
  private final Instant modified;
  private final @Nullable Image cover;
  private final List<Chapter> chapters;
  private final Map<String, Image> images;

  private record Chapter(String title, NovelMarkup text) {}

  private record Image(byte[] data, String mediaType) {}

  private EpubBook(Builder b) {
    this.identifier = b.identifier;
    this.title = b.title;
    this.author = b.author;
    this.language = b.language;
    this.description = b.description;
    this.modified = b.modified.truncatedTo(ChronoUnit.SECONDS);
    this.cover = b.cover;
    this.chapters = List.copyOf(b.chapters);
    this.images = Map.copyOf(b.images);
  }

  /**
   * @param identifier the book's unique id, e.g. {@code pixiv-novel-12345}
   * @param title the book's title
   */
  public static Builder builder(String identifier, String title) {
    return new Builder(identifier, title);
  }

  /** Writes the book to {@code target} through a temporary file renamed into place when complete. */
  public void writeTo(Path target) throws IOException {
    Objects.requireNonNull(target, "target == null");
    container().writeTo(target);
  }

  /** Writes the book to {@code out}, which stays open. */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out == null");
    container().writeTo(new NonClosing(out));
  }

  private EpubZip container() {
    EpubZip zip = new EpubZip();
    zip.add("META-INF/container.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>
        """);
    Map<String, String> imageFiles = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, Image> e : sortedImages()) {
      imageFiles.put(e.getKey(), "images/image-" + (++n) + extension(e.getValue().mediaType()));
    }
    StringBuilder manifest = new StringBuilder();
    StringBuilder spine = new StringBuilder();
    manifest.append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
    manifest.append("    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
    zip.add("OEBPS/style.css", """
        body { line-height: 1.8; }
        p { margin: 0; }
        h1, h2 { margin: 1em 0; }
        .page + .page { page-break-before: always; }
        img { max-width: 100%; }
        """);
    if (cover != null) {
      String href = "images/cover" + extension(cover.mediaType());
      manifest.append("    <item id=\"cover-image\" href=\"").append(href).append("\" media-type=\"")
          .append(cover.mediaType()).append("\" properties=\"cover-image\"/>\n");
      manifest.append("    <item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
      spine.append("    <itemref idref=\"cover\"/>\n");
      zip.add("OEBPS/" + href, cover.data());
      zip.add("OEBPS/cover.xhtml", document(title, "<div class=\"cover\"><img src=\"" + href + "\" alt=\"" + xml(title) + "\"/></div>\n"));
    }
    int i = 0;
    for (Map.Entry<String, String> e : imageFiles.entrySet()) {
      Image image = images.get(e.getKey());
      manifest.append("    <item id=\"image-").append(++i).append("\" href=\"").append(e.getValue())
          .append("\" media-type=\"").append(image.mediaType()).append("\"/>\n");
      zip.add("OEBPS/" + e.getValue(), image.data());
    }
    StringBuilder nav = new StringBuilder();
    int c = 0;
    for (Chapter chapter : chapters) {
      String file = "text/chapter-" + (++c) + ".xhtml";
      manifest.append("    <item id=\"chapter-").append(c).append("\" href=\"").append(file)
          .append("\" media-type=\"application/xhtml+xml\"/>\n");
      spine.append("    <itemref idref=\"chapter-").append(c).append("\"/>\n");
      nav.append("      <li><a href=\"").append(file).append("\">").append(xml(chapter.title())).append("</a></li>\n");
      String body = "<h1>" + xml(chapter.title()) + "</h1>\n"
          + chapter.text().toXhtml(key -> imageFiles.containsKey(key) ? "../" + imageFiles.get(key) : null);
      zip.add("OEBPS/" + file, document(chapter.title(), body).replace("href=\"style.css\"", "href=\"../style.css\""));
    }
    zip.add("OEBPS/nav.xhtml", document(title, "<nav epub:type=\"toc\" id=\"toc\">\n  <h1>" + xml(title) + "</h1>\n  <ol>\n"
        + nav + "  </ol>\n</nav>\n"));
    zip.add("OEBPS/content.opf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="%s">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="book-id">%s</dc:identifier>
            <dc:title>%s</dc:title>
            <dc:language>%s</dc:language>
        %s%s    <meta property="dcterms:modified">%s</meta>
          </metadata>
          <manifest>
        %s  </manifest>
          <spine>
        %s  </spine>
        </package>
        """.formatted(xml(language), xml(identifier), xml(title), xml(language),
            author == null ? "" : "    <dc:creator>" + xml(author) + "</dc:creator>\n",
            description == null ? "" : "    <dc:description>" + xml(description) + "</dc:description>\n",
            MODIFIED.format(modified), manifest, spine));
    return zip;
  }

  private List<Map.Entry<String, Image>> sortedImages() {
    List<Map.Entry<String, Image>> out = new ArrayList<>(images.entrySet());
    out.sort(Map.Entry.comparingByKey());
    return out;
  }

  private String document(String docTitle, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="%s" lang="%s">
        <head>
          <meta charset="UTF-8"/>
          <title>%s</title>
          <link rel="stylesheet" type="text/css" href="style.css"/>
        </head>
        <body>
        %s</body>
        </html>
        """.formatted(xml(language), xml(language), xml(docTitle), body);
  }

  private static String xml(String s) {
    return MarkupRenderer.xml(s);
  }

  private static String extension(String mediaType) {
    return switch (mediaType) {
      case "image/png" -> ".png";
      case "image/jpeg" -> ".jpg";
      case "image/gif" -> ".gif";
      case "image/webp" -> ".webp";
      case "image/svg+xml" -> ".svg";
      default -> throw new IllegalArgumentException("mediaType must be an EPUB image type but was " + mediaType);
    };
  }

  /** Detects PNG, JPEG, GIF and WebP from the first bytes; null for anything else. */
  public static @Nullable String imageMediaType(byte[] data) {
    Objects.requireNonNull(data, "data == null");
    if (data.length >= 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
      return "image/png";
    }
    if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if (data.length >= 6 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F' && data[3] == '8') {
      return "image/gif";
    }
    if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
        && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
      return "image/webp";
    }
    return null;
  }

  /** Collects a book's parts; {@link #build()} checks that it has at least one chapter. */
  public static final class Builder {
    private final String identifier;
    private final String title;
    private @Nullable String author;
    private String language = "ja";
    private @Nullable String description;
    private Instant modified = Instant.now();
    private @Nullable Image cover;
    private final List<Chapter> chapters = new ArrayList<>();
    private final Map<String, Image> images = new LinkedHashMap<>();

    private Builder(String identifier, String title) {
      this.identifier = requireText(identifier, "identifier");
      this.title = requireText(title, "title");
    }

    public Builder author(@Nullable String author) {
      this.author = author == null || author.isBlank() ? null : author;
      return this;
    }

    /** A BCP 47 language code such as {@code ja} or {@code en} (default {@code ja}). */
    public Builder language(String language) {
      this.language = requireText(language, "language");
      return this;
    }

    public Builder description(@Nullable String description) {
      this.description = description == null || description.isBlank() ? null : description;
      return this;
    }

    /** The book's {@code dcterms:modified} (default: now). */
    public Builder modified(Instant modified) {
      this.modified = Objects.requireNonNull(modified, "modified == null");
      return this;
    }

    /** The cover image; {@code mediaType} is {@code image/png}, {@code image/jpeg}, {@code image/gif} or {@code image/webp}. */
    public Builder cover(byte[] data, String mediaType) {
      extension(Objects.requireNonNull(mediaType, "mediaType == null"));
      this.cover = new Image(Objects.requireNonNull(data, "data == null").clone(), mediaType);
      return this;
    }

    /** A chapter, in reading order. */
    public Builder chapter(String title, NovelMarkup text) {
      chapters.add(new Chapter(requireText(title, "title"), Objects.requireNonNull(text, "text == null")));
      return this;
    }

    /** An image for the markup's image {@code key} ({@code uploadedimage:ID} or {@code pixivimage:ID-PAGE}). */
    public Builder image(String key, byte[] data, String mediaType) {
      Objects.requireNonNull(key, "key == null");
      if (!key.startsWith("uploadedimage:") && !key.startsWith("pixivimage:")) {
        throw new IllegalArgumentException("key must start with uploadedimage: or pixivimage: but was " + key);
      }
      extension(Objects.requireNonNull(mediaType, "mediaType == null"));
      images.put(key, new Image(Objects.requireNonNull(data, "data == null").clone(), mediaType));
      return this;
    }

    public EpubBook build() {
      if (chapters.isEmpty()) {
        throw new IllegalStateException("an EPUB needs at least one chapter");
      }
      return new EpubBook(this);
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
