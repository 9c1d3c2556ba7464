package io.github.pixivajax.core.novel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

class NovelMarkupTest {
  private static final Map<String, String> IMAGES = Map.of(
      "uploadedimage:555", "images/u555.png", "pixivimage:777-2", "images/p777-2.jpg");

  /** markup → plain text, Markdown, XHTML (with IMAGES resolved). */
  static Stream<Arguments> cases() {
    return Stream.of(
        row("plain text stays as is",
            "こんにちは\n世界",
            "こんにちは\n世界",
            "こんにちは\\\n世界",
            "<div class=\"page\" id=\"page-1\">\n<p>こんにちは</p>\n<p>世界</p>\n</div>\n"),
        row("ruby",
            "[[rb:漢字 > かんじ]]です",
            "漢字(かんじ)です",
            "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>です",
            "<div class=\"page\" id=\"page-1\">\n<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>です</p>\n</div>\n"),
        row("ruby text is escaped in Markdown and XHTML",
            "[[rb:A&B<C > x&y]]",
            "A&B<C(x&y)",
            "<ruby>A&amp;B&lt;C<rp>(</rp><rt>x&amp;y</rt><rp>)</rp></ruby>",
            "<div class=\"page\" id=\"page-1\">\n<p><ruby>A&amp;B&lt;C<rp>(</rp><rt>x&amp;y</rt><rp>)</rp></ruby></p>\n</div>\n"),
        row("ruby without spaces around >",
            "[[rb:魔法>まほう]]",
            "魔法(まほう)",
            "<ruby>魔法<rp>(</rp><rt>まほう</rt><rp>)</rp></ruby>",
            "<div class=\"page\" id=\"page-1\">\n<p><ruby>魔法<rp>(</rp><rt>まほう</rt><rp>)</rp></ruby></p>\n</div>\n"),
        row("chapter with ruby in its title, newline after it dropped",
            "[chapter:第一章 [[rb:扉 > とびら]]]\n本文",
            "第一章 扉(とびら)\n\n本文",
            "## 第一章 <ruby>扉<rp>(</rp><rt>とびら</rt><rp>)</rp></ruby>\n\n本文",
            "<div class=\"page\" id=\"page-1\">\n<h2>第一章 <ruby>扉<rp>(</rp><rt>とびら</rt><rp>)</rp></ruby></h2>\n<p>本文</p>\n</div>\n"),
        row("newpage splits pages; jump links to a page",
            "一\n[newpage]\n二[jump:1]",
            "一\n\n* * *\n\n二(page 1)",
            "一\n\n---\n\n<a id=\"page-2\"></a>\n\n二[page 1](#page-1)",
            "<div class=\"page\" id=\"page-1\">\n<p>一</p>\n</div>\n<div class=\"page\" id=\"page-2\">\n<p>二<a href=\"#page-1\">page 1</a></p>\n</div>\n"),
        row("jumpuri to a web URL becomes a link, the URL escaped",
            "[[jumpuri:サイト > https://example.com/?a=1&b=2]]",
            "サイト (https://example.com/?a=1&b=2)",
            "[サイト](<https://example.com/?a=1&b=2>)",
            "<div class=\"page\" id=\"page-1\">\n<p><a href=\"https://example.com/?a=1&amp;b=2\">サイト</a></p>\n</div>\n"),
        row("jumpuri to a script URL stays text",
            "[[jumpuri:click > javascript:alert(1)]]",
            "click (javascript:alert(1))",
            "click (javascript:alert\\(1\\))",
            "<div class=\"page\" id=\"page-1\">\n<p>click (javascript:alert(1))</p>\n</div>\n"),
        row("images resolved; page defaults to 1 for pixivimage without one",
            "[uploadedimage:555][pixivimage:777-2][pixivimage:888]",
            "[image 555][illustration 777-2][illustration 888-1]",
            "![image 555](<images/u555.png>)![illustration 777-2](<images/p777-2.jpg>)\\[illustration 888-1\\]",
            "<div class=\"page\" id=\"page-1\">\n<p><img src=\"images/u555.png\" alt=\"image 555\"/>"
                + "<img src=\"images/p777-2.jpg\" alt=\"illustration 777-2\"/>[illustration 888-1]</p>\n</div>\n"),
        row("HTML and Markdown syntax in the text are escaped",
            "<b>太字</b> & *星* # [x](y)",
            "<b>太字</b> & *星* # [x](y)",
            "\\<b\\>太字\\</b\\> \\& \\*星\\* \\# \\[x\\]\\(y\\)",
            "<div class=\"page\" id=\"page-1\">\n<p>&lt;b&gt;太字&lt;/b&gt; &amp; *星* # [x](y)</p>\n</div>\n"),
        row("list-like line starts are escaped in Markdown",
            "- a\n1. b",
            "- a\n1. b",
            "\\- a\\\n1\\. b",
            "<div class=\"page\" id=\"page-1\">\n<p>- a</p>\n<p>1. b</p>\n</div>\n"),
        row("unknown tags stay text",
            "[unknown:tag] [[foo:bar > baz]]",
            "[unknown:tag] [[foo:bar > baz]]",
            "\\[unknown:tag\\] \\[\\[foo:bar \\> baz\\]\\]",
            "<div class=\"page\" id=\"page-1\">\n<p>[unknown:tag] [[foo:bar &gt; baz]]</p>\n</div>\n"),
        row("malformed: unclosed ruby, ruby without ruby text, chapter broken by a newline",
            "[[rb:閉じない\n[[rb:片方]]\n[chapter:途中\nで改行]",
            "[[rb:閉じない\n[[rb:片方]]\n[chapter:途中\nで改行]",
            "\\[\\[rb:閉じない\\\n\\[\\[rb:片方\\]\\]\\\n\\[chapter:途中\\\nで改行\\]",
            "<div class=\"page\" id=\"page-1\">\n<p>[[rb:閉じない</p>\n<p>[[rb:片方]]</p>\n<p>[chapter:途中</p>\n<p>で改行]</p>\n</div>\n"),
        row("malformed: bad ids and an empty chapter stay text",
            "[jump:x][uploadedimage:abc][pixivimage:12-][chapter:]",
            "[jump:x][uploadedimage:abc][pixivimage:12-][chapter:]",
            "\\[jump:x\\]\\[uploadedimage:abc\\]\\[pixivimage:12-\\]\\[chapter:\\]",
            "<div class=\"page\" id=\"page-1\">\n<p>[jump:x][uploadedimage:abc][pixivimage:12-][chapter:]</p>\n</div>\n"),
        row("a jump past the last page is no link in XHTML",
            "[jump:9]",
            "(page 9)",
            "[page 9](#page-9)",
            "<div class=\"page\" id=\"page-1\">\n<p>page 9</p>\n</div>\n"),
        row("blank lines are kept as paragraph breaks",
            "a\n\nb",
            "a\n\nb",
            "a\n\nb",
            "<div class=\"page\" id=\"page-1\">\n<p>a</p>\n<p class=\"blank\"><br/></p>\n<p>b</p>\n</div>\n"),
        row("control characters XML forbids are dropped from XHTML",
            "a\u0001b",
            "a\u0001b",
            "a\u0001b",
            "<div class=\"page\" id=\"page-1\">\n<p>ab</p>\n</div>\n"));
  }

  private static Arguments row(String name, String markup, String plain, String markdown, String xhtml) {
    return Arguments.of(name, markup, plain, markdown, xhtml);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersEveryFormat(String name, String markup, String plain, String markdown, String xhtml) throws Exception {
    NovelMarkup m = NovelMarkup.parse(markup);
    assertThat(m.toPlainText()).as("plain text").isEqualTo(plain);
    assertThat(m.toMarkdown(IMAGES::get)).as("markdown").isEqualTo(markdown);
    assertThat(m.toXhtml(IMAGES::get)).as("xhtml").isEqualTo(xhtml);
    // Whatever the input, the XHTML is well-formed.
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader("<root>" + m.toXhtml(IMAGES::get) + "</root>")));
  }

  @Test
  void listsChaptersPagesAndImagesOnce() {
    NovelMarkup m = NovelMarkup.parse("[chapter:一 [[rb:序 > じょ]]]\n[uploadedimage:5][pixivimage:7][newpage][chapter:二]\n[uploadedimage:5][pixivimage:8-3]");
    assertThat(m.pageCount()).isEqualTo(2);
    assertThat(m.chapterTitles()).containsExactly("一 序(じょ)", "二");
    assertThat(m.imageKeys()).containsExactly("uploadedimage:5", "pixivimage:7-1", "pixivimage:8-3");
    assertThat(m.pixivImageIds()).containsExactly("7-1", "8-3");
  }

  @Test
  void imagesWithoutAResolverArePlaceholders() {
    NovelMarkup m = NovelMarkup.parse("[uploadedimage:5]");
    assertThat(m.toXhtml()).contains("[image 5]").doesNotContain("<img");
    assertThat(m.toMarkdown()).isEqualTo("\\[image 5\\]");
  }
}
