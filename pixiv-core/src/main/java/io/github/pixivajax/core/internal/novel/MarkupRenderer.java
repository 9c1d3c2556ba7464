package io.github.pixivajax.core.internal.novel;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Renders parsed markup as plain text, Markdown or an XHTML fragment. Chapters and page breaks are
 * blocks: newlines right after them are dropped, so the author's usual {@code [chapter:x]\n} does not
 * leave an empty line behind.
 */
public final class MarkupRenderer {
  private MarkupRenderer() {}

  /** The key an image resolver receives: {@code uploadedimage:ID} or {@code pixivimage:ID-PAGE}. */
  public static String imageKey(Node node) {
    if (node instanceof Node.UploadedImage u) {
      return "uploadedimage:" + u.id();
    }
    if (node instanceof Node.PixivImage p) {
      return "pixivimage:" + p.key();
    }
    throw new IllegalArgumentException("not an image: " + node);
  }

  // ---------------------------------------------------------------- plain text

  public static String plainText(List<Node> nodes) {
    StringBuilder sb = new StringBuilder();
    boolean skipNewlines = false;
    for (Node node : nodes) {
      if (node instanceof Node.Text t) {
        // The parser merges adjacent text, so the next node is a tag: it decides about skipping.
        sb.append(skipNewlines ? stripLeadingNewlines(t.text()) : t.text());
        skipNewlines = false;
        continue;
      }
      if (node instanceof Node.NewPage) {
        block(sb, "* * *");
        skipNewlines = true;
        continue;
      }
      if (node instanceof Node.Chapter c) {
        block(sb, inlinePlain(c.title()));
        skipNewlines = true;
        continue;
      }
      skipNewlines = false;
      sb.append(inlinePlain(List.of(node)));
    }
    return trimEnd(sb).toString();
  }

  private static String inlinePlain(List<Node> nodes) {
    StringBuilder sb = new StringBuilder();
    for (Node node : nodes) {
      if (node instanceof Node.Text t) {
        sb.append(t.text());
      } else if (node instanceof Node.Ruby r) {
        sb.append(r.base()).append('(').append(r.ruby()).append(')');
      } else if (node instanceof Node.Link l) {
        sb.append(l.text().equals(l.url()) ? l.url() : l.text() + " (" + l.url() + ")");
      } else if (node instanceof Node.Jump j) {
        sb.append("(page ").append(j.page()).append(')');
      } else if (node instanceof Node.UploadedImage u) {
        sb.append("[image ").append(u.id()).append(']');
      } else if (node instanceof Node.PixivImage p) {
        sb.append("[illustration ").append(p.key()).append(']');
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- Markdown

  public static String markdown(List<Node> nodes, Function<String, @Nullable String> images) {
    StringBuilder sb = new StringBuilder();
    boolean skipNewlines = false;
    int page = 1;
    boolean lineHasContent = false;
    boolean pendingBreak = false;
    for (Node node : nodes) {
      if (node instanceof Node.NewPage) {
        page++;
        block(sb, "---\n\n<a id=\"page-" + page + "\"></a>");
        skipNewlines = true;
        lineHasContent = false;
        pendingBreak = false;
        continue;
      }
      if (node instanceof Node.Chapter c) {
        StringBuilder title = new StringBuilder();
        for (Node t : c.title()) {
          title.append(inlineMarkdown(t, images, true));
        }
        block(sb, "## " + title.toString().strip());
        skipNewlines = true;
        lineHasContent = false;
        pendingBreak = false;
        continue;
      }
      if (node instanceof Node.Text t) {
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
          char ch = s.charAt(i);
          if (ch == '\r') {
            continue;
          }
          if (ch == '\n') {
            if (skipNewlines) {
              continue;
            }
            if (pendingBreak) {
              pendingBreak = false; // a blank line: a paragraph break, not a line break
            } else if (lineHasContent) {
              pendingBreak = true;
            }
            sb.append('\n');
            lineHasContent = false;
            continue;
          }
          skipNewlines = false;
          if (pendingBreak) {
            sb.insert(sb.length() - 1, '\\');
            pendingBreak = false;
          }
          escapeMarkdown(sb, ch, !lineHasContent, i + 1 < s.length() ? s.charAt(i + 1) : '\0');
          lineHasContent = true;
        }
        continue;
      }
      skipNewlines = false;
      if (pendingBreak) {
        sb.insert(sb.length() - 1, '\\');
        pendingBreak = false;
      }
      sb.append(inlineMarkdown(node, images, false));
      lineHasContent = true;
    }
    return trimEnd(sb).toString();
  }

  private static String inlineMarkdown(Node node, Function<String, @Nullable String> images, boolean inTitle) {
    if (node instanceof Node.Text t) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < t.text().length(); i++) {
        escapeMarkdown(sb, t.text().charAt(i), false, '\0');
      }
      return sb.toString();
    }
    if (node instanceof Node.Ruby r) {
      return "<ruby>" + xml(r.base()) + "<rp>(</rp><rt>" + xml(r.ruby()) + "</rt><rp>)</rp></ruby>";
    }
    if (node instanceof Node.Link l) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < l.text().length(); i++) {
        escapeMarkdown(text, l.text().charAt(i), false, '\0');
      }
      if (!isWebUrl(l.url())) {
        return text + " (" + markdownText(l.url()) + ")";
      }
      return "[" + text + "](<" + l.url().replace("<", "%3C").replace(">", "%3E") + ">)";
    }
    if (node instanceof Node.Jump j) {
      return "[page " + j.page() + "](#page-" + j.page() + ")";
    }
    String key = imageKey(node);
    String src = images.apply(key);
    String alt = node instanceof Node.UploadedImage u ? "image " + u.id() : "illustration " + ((Node.PixivImage) node).key();
    return src == null ? "\\[" + alt + "\\]" : "![" + alt + "](<" + src.replace("<", "%3C").replace(">", "%3E") + ">)";
  }

  private static String markdownText(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      escapeMarkdown(sb, s.charAt(i), false, '\0');
    }
    return sb.toString();
  }

  private static void escapeMarkdown(StringBuilder sb, char c, boolean lineStart, char next) {
    switch (c) {
      case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!', '&', '(', ')' -> sb.append('\\').append(c);
      case '-', '+', '=' -> sb.append(lineStart ? "\\" : "").append(c);
      default -> {
        // "1." at a line start would start a list: escape the dot. ("1)" needs nothing more: ')' is always escaped.)
        if (lineStart && c >= '0' && c <= '9' && next == '.') {
          sb.append(c).append('\\');
        } else {
          sb.append(c);
        }
      }
    }
  }

  // ---------------------------------------------------------------- XHTML

  /**
   * An XHTML fragment: one {@code <div class="page" id="page-N">} per page, a {@code <p>} per line
   * (an empty {@code <p class="blank"/>} for an empty one), {@code <h2>} per chapter.
   */
  public static String xhtml(List<Node> nodes, Function<String, @Nullable String> images) {
    StringBuilder sb = new StringBuilder();
    int page = 1;
    int pages = 1 + (int) nodes.stream().filter(n -> n instanceof Node.NewPage).count();
    sb.append("<div class=\"page\" id=\"page-1\">\n");
    StringBuilder line = new StringBuilder();
    boolean lineOpen = false;
    boolean skipNewlines = true;
    for (Node node : nodes) {
      if (node instanceof Node.NewPage) {
        if (lineOpen) {
          paragraph(sb, line);
          lineOpen = false;
        }
        page++;
        sb.append("</div>\n<div class=\"page\" id=\"page-").append(page).append("\">\n");
        skipNewlines = true;
        continue;
      }
      if (node instanceof Node.Chapter c) {
        if (lineOpen) {
          paragraph(sb, line);
          lineOpen = false;
        }
        sb.append("<h2>");
        for (Node t : c.title()) {
          sb.append(inlineXhtml(t, images, pages));
        }
        sb.append("</h2>\n");
        skipNewlines = true;
        continue;
      }
      if (node instanceof Node.Text t) {
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
          char ch = s.charAt(i);
          if (ch == '\r') {
            continue;
          }
          if (ch == '\n') {
            if (skipNewlines) {
              continue;
            }
            paragraph(sb, line);
            lineOpen = false;
            continue;
          }
          skipNewlines = false;
          lineOpen = true;
          appendXml(line, ch);
        }
        continue;
      }
      skipNewlines = false;
      lineOpen = true;
      line.append(inlineXhtml(node, images, pages));
    }
    if (lineOpen) {
      paragraph(sb, line);
    }
    sb.append("</div>\n");
    return sb.toString();
  }

  private static void paragraph(StringBuilder sb, StringBuilder line) {
    if (line.length() == 0) {
      sb.append("<p class=\"blank\"><br/></p>\n");
    } else {
      sb.append("<p>").append(line).append("</p>\n");
      line.setLength(0);
    }
  }

  private static String inlineXhtml(Node node, Function<String, @Nullable String> images, int pages) {
    if (node instanceof Node.Text t) {
      return xml(t.text());
    }
    if (node instanceof Node.Ruby r) {
      return "<ruby>" + xml(r.base()) + "<rp>(</rp><rt>" + xml(r.ruby()) + "</rt><rp>)</rp></ruby>";
    }
    if (node instanceof Node.Link l) {
      if (!isWebUrl(l.url())) {
        return xml(l.text()) + " (" + xml(l.url()) + ")";
      }
      return "<a href=\"" + xml(l.url()) + "\">" + xml(l.text()) + "</a>";
    }
    if (node instanceof Node.Jump j) {
      // A jump past the last page would be a dangling link (an EPUB error): text instead.
      return j.page() > pages ? "page " + j.page() : "<a href=\"#page-" + j.page() + "\">page " + j.page() + "</a>";
    }
    String src = images.apply(imageKey(node));
    String alt = node instanceof Node.UploadedImage u ? "image " + u.id() : "illustration " + ((Node.PixivImage) node).key();
    return src == null ? "[" + xml(alt) + "]" : "<img src=\"" + xml(src) + "\" alt=\"" + xml(alt) + "\"/>";
  }

  /** Escapes for XML text and attributes, dropping characters XML 1.0 forbids. */
  public static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      appendXml(sb, s.charAt(i));
    }
    return sb.toString();
  }

  private static void appendXml(StringBuilder sb, char c) {
    switch (c) {
      case '&' -> sb.append("&amp;");
      case '<' -> sb.append("&lt;");
      case '>' -> sb.append("&gt;");
      case '"' -> sb.append("&quot;");
      case '\'' -> sb.append("&#39;");
      default -> {
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
          if (c != 0xFFFE && c != 0xFFFF) {
            sb.append(c);
          }
        }
      }
    }
  }

  private static boolean isWebUrl(String url) {
    String u = url.toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }

  private static void block(StringBuilder sb, String content) {
    trimEnd(sb);
    if (sb.length() > 0) {
      sb.append("\n\n");
    }
    sb.append(content).append("\n\n");
  }

  private static StringBuilder trimEnd(StringBuilder sb) {
    while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == '\n' || sb.charAt(sb.length() - 1) == '\r')) {
      sb.setLength(sb.length() - 1);
    }
    return sb;
  }

  private static String stripLeadingNewlines(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
      i++;
    }
    return s.substring(i);
  }
}
