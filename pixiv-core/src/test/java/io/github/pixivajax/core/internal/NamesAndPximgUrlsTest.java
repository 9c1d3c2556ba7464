package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of {@link Names} (legal segments, byte budgets) and {@link PximgUrls} (rebuilt URLs, extensions). */
class NamesAndPximgUrlsTest {
  static final String DATE = "img/2024/05/01/12/34/56/";

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
      "1f, _", "20, a a", "7e, a~a", "7f, _", "80, _", "9f, _", "a0, a\u00a0a",
      "d800, _", "dfff, _", "e000, a\ue000a", "202e, _", "202d, _", "202c, a\u202ca"})
  void controlsSurrogatesAndBidiOverridesBecomeUnderscores(String hex, String expected) {
    String in = "a" + (char) Integer.parseInt(hex, 16) + "a";
    String out = Names.segment(in);
    if (expected.equals("_")) {
      assertThat(out).isEqualTo("a_a");
    } else {
      assertThat(out).isEqualTo(expected);
    }
  }

  @Test
  void nameOfExactlyTheBudgetIsKeptAsIs() {
    String s = "a".repeat(250) + "..png"; // 255 bytes, an inner dot that a cut would drop
    assertThat(Names.fit(s, 255)).isSameAs(s);
    assertThat(Names.segment(s)).isEqualTo(s);
  }

  @Test
  void cutFillsTheBudgetExactlyAndKeepsTheExtension() {
    String cut = Names.fit("a".repeat(300) + ".png", 255);
    assertThat(cut).isEqualTo("a".repeat(251) + ".png");
    assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(255);
  }

  @Test
  void extensionOfSixteenCharactersIsKeptAndLongerIsNot() {
    String ext16 = "." + "b".repeat(15);
    assertThat(Names.fit("a".repeat(300) + ext16, 100)).isEqualTo("a".repeat(84) + ext16);
    String ext17 = "." + "b".repeat(16);
    assertThat(Names.fit("a".repeat(300) + ext17, 100)).isEqualTo("a".repeat(100));
  }

  @Test
  void leadingDotIsNoExtension() {
    assertThat(Names.fit(".abcdef", 4)).isEqualTo(".abc");
  }

  @Test
  void dotsLeftAtTheEndOfACutGo() {
    assertThat(Names.fit("x".repeat(8) + ".." + "y".repeat(300), 10)).isEqualTo("x".repeat(8));
    assertThat(Names.fit("..." + "y".repeat(300), 2)).isEqualTo("_");
  }

  @Test
  void originalsAndMasterAreRebuiltFromAThumbnailKeepingAnOddPort() {
    String thumb = "http://127.0.0.1:8080/c/250x250_80_a2/img-master/" + DATE + "42_p0_square1200.jpg";
    assertThat(PximgUrls.originals(thumb, 3)).containsExactly(
        "http://127.0.0.1:8080/img-original/" + DATE + "42_p3.jpg",
        "http://127.0.0.1:8080/img-original/" + DATE + "42_p3.png",
        "http://127.0.0.1:8080/img-original/" + DATE + "42_p3.gif");
    assertThat(PximgUrls.master(thumb, 2)).isEqualTo("http://127.0.0.1:8080/img-master/" + DATE + "42_p2_master1200.jpg");
    assertThat(PximgUrls.master("https://i.pximg.net:443/custom-thumb/" + DATE + "42_p0_custom1200.jpg", 0))
        .isEqualTo("https://i.pximg.net/img-master/" + DATE + "42_p0_master1200.jpg");
    assertThat(PximgUrls.master("http://i.pximg.net:80/img-original/" + DATE + "42_p0.png", 1))
        .isEqualTo("http://i.pximg.net/img-master/" + DATE + "42_p1_master1200.jpg");
  }

  @Test
  void unrecognizableUrlsRebuildNothing() {
    assertThat(PximgUrls.master("not a url", 0)).isNull();
    assertThat(PximgUrls.master("https://i.pximg.net/user-profile/img/x_50.jpg", 0)).isNull();
    assertThat(PximgUrls.originals("not a url", 0)).isEmpty();
    assertThat(PximgUrls.originals("https://i.pximg.net/user-profile/img/x_50.jpg", 0)).isEmpty();
  }

  @Test
  void forPageSwapsOnlyThePageNumber() {
    assertThat(PximgUrls.forPage("https://i.pximg.net/img-original/" + DATE + "42_p0.png", 7))
        .isEqualTo("https://i.pximg.net/img-original/" + DATE + "42_p7.png");
    assertThat(PximgUrls.forPage("https://i.pximg.net/img-master/" + DATE + "42_p0_master1200.jpg", 12))
        .isEqualTo("https://i.pximg.net/img-master/" + DATE + "42_p12_master1200.jpg");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "https://i.pximg.net/a/b.PNG?x=1.gif, png",
      "https://i.pximg.net/a.jpg/b, bin",
      "https://i.pximg.net/a/b., bin",
      "https://i.pximg.net/a/b, bin",
      "https://i.pximg.net/a/b.toolongext, bin",
      "https://i.pximg.net/a/b.j-g, bin",
      "https://i.pximg.net/a/.zip, zip",
      "relative/dir/file.webp, webp",
      "relative/file, bin",
      "nodots, bin"})
  void extensionOfTheLastPathSegment(String url, String ext) {
    assertThat(PximgUrls.ext(url)).isEqualTo(ext);
  }
}
