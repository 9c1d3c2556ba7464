package io.github.pixivajax.core.novel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an {@link EpubBook} puts in its container, read back from the bytes (no epubcheck: fast). */
class EpubBookContentsTest {
  static final long ENTRY_TIME = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

  @TempDir Path dir;

  static EpubBook.Builder book() {
    return EpubBook.builder("pixiv-novel-1", "Title").modified(Instant.parse("2024-01-02T03:04:05.678Z"))
        .chapter("One", NovelMarkup.parse("text"));
  }

  /** Entry name → bytes, in order. */
  static Map<String, byte[]> unzip(byte[] epub) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        assertThat(e.getTime()).as("time of " + e.getName()).isEqualTo(ENTRY_TIME);
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  static byte[] write(EpubBook b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.writeTo(out);
    return out.toByteArray();
  }

  static String opf(Map<String, byte[]> entries) {
    return new String(entries.get("OEBPS/content.opf"), StandardCharsets.UTF_8);
  }

  @Test
  void imagesAreNumberedInKeyOrderWhateverTheOrderTheyWereAdded() throws Exception {
    EpubBook.Builder b = EpubBook.builder("pixiv-novel-1", "Title")
        .chapter("One", NovelMarkup.parse("a[uploadedimage:1]b[uploadedimage:99]"));
    String[] keys = {"uploadedimage:5", "pixivimage:9-1", "uploadedimage:1", "pixivimage:2-3", "uploadedimage:30", "pixivimage:10-2"};
    for (String k : keys) {
      b.image(k, k.getBytes(StandardCharsets.US_ASCII), "image/png");
    }
    Map<String, byte[]> entries = unzip(write(b.build()));

    String[] sorted = keys.clone();
    java.util.Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      assertThat(new String(entries.get("OEBPS/images/image-" + (i + 1) + ".png"), StandardCharsets.US_ASCII)).isEqualTo(sorted[i]);
      assertThat(opf(entries)).contains("<item id=\"image-" + (i + 1) + "\" href=\"images/image-" + (i + 1) + ".png\" media-type=\"image/png\"/>");
    }
    // The text points at its images by their file; one the book lacks stays a placeholder.
    assertThat(new String(entries.get("OEBPS/text/chapter-1.xhtml"), StandardCharsets.UTF_8))
        .contains("<p>a<img src=\"../images/image-4.png\" alt=\"image 1\"/>b[image 99]</p>");
  }

  @Test
  void writingToAStreamLeavesItOpenAndStartsWithTheStoredMimetype() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    book().build().writeTo(out);
    byte[] bytes = out.toByteArray();
    assertThat(closed).isFalse();
    assertThat(new String(bytes, 30, 28, StandardCharsets.US_ASCII)).isEqualTo("mimetypeapplication/epub+zip");
    Map<String, byte[]> entries = unzip(bytes);
    assertThat(entries).containsKeys("META-INF/container.xml", "OEBPS/nav.xhtml", "OEBPS/text/chapter-1.xhtml");
    // The central directory ends the stream (its end record: 22 bytes without a comment).
    assertThat(Arrays.copyOfRange(bytes, bytes.length - 22, bytes.length - 18)).containsExactly('P', 'K', 5, 6);
    assertThat(new String(entries.get("OEBPS/text/chapter-1.xhtml"), StandardCharsets.UTF_8))
        .contains("<title>One</title>", "<h1>One</h1>", "<p>text</p>", "href=\"../style.css\"");
    assertThat(new String(entries.get("OEBPS/nav.xhtml"), StandardCharsets.UTF_8))
        .contains("<li><a href=\"text/chapter-1.xhtml\">One</a></li>");
  }

  @Test
  void descriptionIsInTheMetadataOnlyWhenItHasText() throws Exception {
    assertThat(opf(unzip(write(book().description("A <tale>").build())))).contains("<dc:description>A &lt;tale&gt;</dc:description>");
    assertThat(opf(unzip(write(book().description("  ").build())))).doesNotContain("dc:description");
    assertThat(opf(unzip(write(book().description(null).build())))).doesNotContain("dc:description");
    assertThat(opf(unzip(write(book().author(" ").build())))).doesNotContain("dc:creator");
    assertThat(opf(unzip(write(book().build())))).contains("<dc:identifier id=\"book-id\">pixiv-novel-1</dc:identifier>",
        "<dc:title>Title</dc:title>", "<dc:language>ja</dc:language>", "2024-01-02T03:04:05Z");
    assertThat(opf(unzip(write(book().author("Ann & Bo").language("en").build()))))
        .contains("<dc:creator>Ann &amp; Bo</dc:creator>", "<dc:language>en</dc:language>");
  }

  @Test
  void writingToAPathCreatesItsFolders() throws Exception {
    Path target = dir.resolve("new/sub/book.epub");
    book().build().writeTo(target);
    assertThat(unzip(Files.readAllBytes(target))).containsKey("OEBPS/content.opf");
    try (ZipFile zip = new ZipFile(target.toFile())) { // reads the central directory
      assertThat(zip.size()).isEqualTo(6);
      assertThat(zip.getEntry("mimetype").getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(zip.getEntry("OEBPS/content.opf").getMethod()).isEqualTo(ZipEntry.DEFLATED);
    }
  }

  @Test
  void detectsImageTypesFromTheShortestSignatures() {
    assertThat(EpubBook.imageMediaType(png())).isEqualTo("image/png");
    assertThat(EpubBook.imageMediaType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEqualTo("image/jpeg");
    assertThat(EpubBook.imageMediaType("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/gif");
    assertThat(EpubBook.imageMediaType(webp())).isEqualTo("image/webp");
    // One byte short of a signature's minimum length.
    assertThat(EpubBook.imageMediaType(java.util.Arrays.copyOf(png(), 7))).isNull();
    assertThat(EpubBook.imageMediaType(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
    assertThat(EpubBook.imageMediaType("GIF89".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(EpubBook.imageMediaType(java.util.Arrays.copyOf(webp(), 11))).isNull();
    assertThat(EpubBook.imageMediaType(new byte[0])).isNull();
  }

  @ParameterizedTest(name = "byte {0}")
  @ValueSource(ints = {0, 1, 2, 3, 8, 9, 10, 11})
  void anyWrongByteOfAWebpSignatureIsNoWebp(int index) {
    byte[] b = webp();
    b[index] = 'X';
    assertThat(EpubBook.imageMediaType(b)).isNull();
  }

  @ParameterizedTest(name = "byte {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void anyWrongByteOfAPngJpegOrGifSignatureIsNoImage(int index) {
    byte[] p = png();
    p[index] = 'X';
    assertThat(EpubBook.imageMediaType(p)).isNull();
    byte[] g = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    g[index] = 'X';
    assertThat(EpubBook.imageMediaType(g)).isNull();
    if (index < 3) {
      byte[] j = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
      j[index] = 'X';
      assertThat(EpubBook.imageMediaType(j)).isNull();
    }
  }

  static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  }

  static byte[] webp() {
    return new byte[] {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'};
  }
}
