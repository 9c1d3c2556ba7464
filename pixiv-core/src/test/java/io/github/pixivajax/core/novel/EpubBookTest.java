package io.github.pixivajax.core.novel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import io.github.pixivajax.core.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubBookTest {
  @TempDir Path dir;

  static byte[] image(String format, int rgb) throws IOException {
    BufferedImage img = new BufferedImage(4, 6, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 4; x++) {
      for (int y = 0; y < 6; y++) {
        img.setRGB(x, y, rgb);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /** The fixture novel's markup (every tag, malformed ones too) as three parts of a series. */
  private EpubBook seriesBook() throws IOException {
    String content = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(Fixtures.resource("pixiv/novel/novel.json")).path("body").path("content").asText();
    return EpubBook.builder("pixiv-novel-series-8263151", "月下の図書館 <&>")
        .author("月見里しずく").language("ja").description("月の出る夜だけ開く図書館をめぐる連作。")
        .modified(Instant.parse("2023-05-20T12:00:00Z"))
        .cover(image("jpg", 0x336699), "image/jpeg")
        .chapter("第一話", NovelMarkup.parse(content))
        .chapter("第二話", NovelMarkup.parse("[chapter:続き]\n二話目。[uploadedimage:18736243]\n[jump:2]は無いページ"))
        .chapter("第三話 & 終", NovelMarkup.parse("終わり。[pixivimage:1-1]"))
        .image("uploadedimage:18736243", image("png", 0xFF0000), "image/png")
        .image("pixivimage:108112233-2", image("png", 0x00FF00), "image/png")
        .build();
  }

  // epubcheck takes seconds per book: PIT (-Ppit) skips it; EpubBookContentsTest checks the parts directly.
  @Tag("heavyweight")
  @Test
  void seriesBookWithCoverAndImagesPassesEpubcheck() throws Exception {
    Path epub = dir.resolve("series.epub");
    seriesBook().writeTo(epub);

    DefaultReportImpl report = new DefaultReportImpl(epub.toString());
    new EpubCheck(epub.toFile(), report).doValidate();
    assertThat(report.getFatalErrorCount()).as("fatal errors").isZero();
    assertThat(report.getErrorCount()).as("errors").isZero();
    assertThat(report.getWarningCount()).as("warnings").isZero();
  }

  @Test
  void mimetypeIsTheFirstEntryAndStored() throws Exception {
    Path epub = dir.resolve("book.epub");
    seriesBook().writeTo(epub);

    byte[] bytes = Files.readAllBytes(epub);
    // Readers sniff "mimetype" + "application/epub+zip" at offset 30 of the file.
    assertThat(new String(bytes, 30, 8 + 20, StandardCharsets.US_ASCII)).isEqualTo("mimetypeapplication/epub+zip");
    try (ZipFile zip = new ZipFile(epub.toFile())) {
      List<String> names = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        names.add(e.nextElement().getName());
      }
      assertThat(names.get(0)).isEqualTo("mimetype");
      assertThat(zip.getEntry("mimetype").getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(names).contains("META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml",
          "OEBPS/text/chapter-1.xhtml", "OEBPS/text/chapter-3.xhtml", "OEBPS/images/cover.jpg",
          "OEBPS/images/image-1.png", "OEBPS/images/image-2.png");
      String opf = new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(opf).contains("<dc:title>月下の図書館 &lt;&amp;&gt;</dc:title>", "<dc:creator>月見里しずく</dc:creator>",
          "properties=\"cover-image\"", "2023-05-20T12:00:00Z");
      String first = new String(zip.getInputStream(zip.getEntry("OEBPS/text/chapter-1.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(first).contains("<ruby>月下<rp>(</rp><rt>げっか</rt><rp>)</rp></ruby>",
          "<img src=\"../images/image-2.png\"", "<img src=\"../images/image-1.png\"", "id=\"page-3\"");
      String third = new String(zip.getInputStream(zip.getEntry("OEBPS/text/chapter-3.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(third).contains("[illustration 1-1]");
    }
  }

  @Test
  void writingReplacesTheTargetAndLeavesNoTemporaryFile() throws Exception {
    Path epub = dir.resolve("out/book.epub");
    Files.createDirectories(epub.getParent());
    Files.writeString(epub, "old");
    seriesBook().writeTo(epub);

    assertThat(Files.readAllBytes(epub)).startsWith((byte) 'P', (byte) 'K');
    if (epub.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      // The book gets the permissions any new file gets here (the umask's), not a temp file's owner-only ones.
      Path plain = Files.createFile(dir.resolve("plain"));
      assertThat(Files.getPosixFilePermissions(epub)).isEqualTo(Files.getPosixFilePermissions(plain));
      Files.delete(plain);
    }
    try (Stream<Path> files = Files.list(epub.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("book.epub");
    }
  }

  @Test
  void badInputIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> EpubBook.builder("id", " ")).hasMessage("title must not be blank");
    assertThatThrownBy(() -> EpubBook.builder("id", "t").build()).hasMessageContaining("at least one chapter");
    assertThatThrownBy(() -> EpubBook.builder("id", "t").cover(new byte[1], "image/bmp"))
        .hasMessageStartingWith("mediaType must be an EPUB image type");
    assertThatThrownBy(() -> EpubBook.builder("id", "t").image("12", new byte[1], "image/png"))
        .hasMessageStartingWith("key must start with uploadedimage: or pixivimage:");
  }

  @Test
  void detectsImageTypesFromTheirBytes() throws Exception {
    assertThat(EpubBook.imageMediaType(image("png", 1))).isEqualTo("image/png");
    assertThat(EpubBook.imageMediaType(image("jpg", 1))).isEqualTo("image/jpeg");
    assertThat(EpubBook.imageMediaType(image("gif", 1))).isEqualTo("image/gif");
    assertThat(EpubBook.imageMediaType("<html>".getBytes(StandardCharsets.US_ASCII))).isNull();
  }
}
