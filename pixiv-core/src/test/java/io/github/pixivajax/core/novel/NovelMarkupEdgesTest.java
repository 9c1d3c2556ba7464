package io.github.pixivajax.core.novel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edge cases of parsing and rendering that {@link NovelMarkupTest}'s table does not reach. */
class NovelMarkupEdgesTest {
  @Test
  void numberedLineStartsAreEscapedOnlyWhereMarkdownWouldStartAList() {
    // "0." and "9." would be ordered lists; "9)" is safe once ')' is escaped (no stray backslash).
    assertThat(NovelMarkup.parse("0. zero\n9. nine\n9) paren\n/. slash\n:. colon\nx 1. mid").toMarkdown())
        .isEqualTo("0\\. zero\\\n9\\. nine\\\n9\\) paren\\\n/. slash\\\n:. colon\\\nx 1. mid");
  }

  @Test
  void jumpToTheLastPageIsALinkAndPastItIsText() {
    NovelMarkup m = NovelMarkup.parse("one[newpage]two[jump:2][jump:3]");
    assertThat(m.toXhtml()).isEqualTo("<div class=\"page\" id=\"page-1\">\n<p>one</p>\n</div>\n"
        + "<div class=\"page\" id=\"page-2\">\n<p>two<a href=\"#page-2\">page 2</a>page 3</p>\n</div>\n");
  }

  @Test
  void openLineIsClosedBeforeAChapterOrAPageBreak() {
    assertThat(NovelMarkup.parse("a[chapter:T]\nb").toXhtml())
        .isEqualTo("<div class=\"page\" id=\"page-1\">\n<p>a</p>\n<h2>T</h2>\n<p>b</p>\n</div>\n");
    assertThat(NovelMarkup.parse("a[newpage]b").toXhtml())
        .isEqualTo("<div class=\"page\" id=\"page-1\">\n<p>a</p>\n</div>\n<div class=\"page\" id=\"page-2\">\n<p>b</p>\n</div>\n");
  }

  @Test
  void lineBreakBeforeATagIsAHardBreakInMarkdown() {
    assertThat(NovelMarkup.parse("a\n[[rb:b > c]]").toMarkdown()).isEqualTo("a\\\n<ruby>b<rp>(</rp><rt>c</rt><rp>)</rp></ruby>");
  }

  @Test
  void onlyNewlinesAfterAChapterAreDroppedInPlainText() {
    assertThat(NovelMarkup.parse("[chapter:A]\n\n[[rb:x > y]]\n\nz").toPlainText()).isEqualTo("A\n\nx(y)\n\nz");
    assertThat(NovelMarkup.parse("[newpage]\r\n").toPlainText()).isEqualTo("* * *");
  }

  @Test
  void unclosedChapterAtTheEndStaysText() {
    NovelMarkup m = NovelMarkup.parse("x[chapter:abc");
    assertThat(m.chapterTitles()).isEmpty();
    assertThat(m.toPlainText()).isEqualTo("x[chapter:abc");
  }

  @Test
  void toStringCountsNodesAndPages() {
    assertThat(NovelMarkup.parse("a[newpage]b[newpage]c").toString()).isEqualTo("NovelMarkup{5 nodes, 3 pages}");
  }
}
