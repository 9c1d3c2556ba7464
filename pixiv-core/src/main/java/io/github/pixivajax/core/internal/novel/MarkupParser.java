package io.github.pixivajax.core.internal.novel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses pixiv's novel markup. Anything that is not a well-formed tag stays text, character for
 * character, so a stray {@code [} or a misspelt tag never loses the author's words.
 */
public final class MarkupParser {
  private static final Pattern JUMP = Pattern.compile("\\[jump:([1-9][0-9]{0,5})]");
  private static final Pattern UPLOADED = Pattern.compile("\\[uploadedimage:([1-9][0-9]{0,18})]");
  private static final Pattern PIXIV = Pattern.compile("\\[pixivimage:([1-9][0-9]{0,18})(?:-([1-9][0-9]{0,4}))?]");
  // base and ruby: no brackets or newlines; the separator is '>' with optional spaces around it.
  private static final Pattern RUBY = Pattern.compile("\\[\\[rb:([^\\[\\]\\n>]+?)\\s*>\\s*([^\\[\\]\\n]+?)\\s*]]");
  private static final Pattern LINK = Pattern.compile("\\[\\[jumpuri:([^\\[\\]\\n]*?)\\s*>\\s*([^\\s\\[\\]]+)\\s*]]");

  private MarkupParser() {}

  public static List<Node> parse(String markup) {
    List<Node> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    int n = markup.length();
    while (i < n) {
      char c = markup.charAt(i);
      if (c == '[') {
        Parsed p = tag(markup, i, true);
        if (p != null) {
          flush(text, out);
          out.add(p.node);
          i = p.end;
          continue;
        }
      }
      text.append(c);
      i++;
    }
    flush(text, out);
    return out;
  }

  private record Parsed(Node node, int end) {}

  /** The tag starting at {@code i}, or null when there is none; chapters only at the top level. */
  private static @Nullable Parsed tag(String s, int i, boolean topLevel) {
    if (s.startsWith("[[", i)) {
      Matcher m = RUBY.matcher(s).region(i, s.length());
      if (m.lookingAt()) {
        return new Parsed(new Node.Ruby(m.group(1).strip(), m.group(2)), m.end());
      }
      m = LINK.matcher(s).region(i, s.length());
      if (m.lookingAt()) {
        String text = m.group(1).strip();
        return new Parsed(new Node.Link(text.isEmpty() ? m.group(2) : text, m.group(2)), m.end());
      }
      return null;
    }
    if (s.startsWith("[newpage]", i)) {
      return new Parsed(new Node.NewPage(), i + "[newpage]".length());
    }
    if (topLevel && s.startsWith("[chapter:", i)) {
      return chapter(s, i);
    }
    Matcher m = JUMP.matcher(s).region(i, s.length());
    if (m.lookingAt()) {
      return new Parsed(new Node.Jump(Integer.parseInt(m.group(1))), m.end());
    }
    m = UPLOADED.matcher(s).region(i, s.length());
    if (m.lookingAt()) {
      return new Parsed(new Node.UploadedImage(m.group(1)), m.end());
    }
    m = PIXIV.matcher(s).region(i, s.length());
    if (m.lookingAt()) {
      return new Parsed(new Node.PixivImage(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2))), m.end());
    }
    return null;
  }

  /** {@code [chapter:title]} on one line; ruby inside the title is parsed, other brackets stay text. */
  private static @Nullable Parsed chapter(String s, int start) {
    int i = start + "[chapter:".length();
    List<Node> title = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return null;
      }
      if (c == ']') {
        flush(text, title);
        return title.isEmpty() ? null : new Parsed(new Node.Chapter(title), i + 1);
      }
      if (c == '[') {
        Parsed p = tag(s, i, false);
        if (p != null && p.node instanceof Node.Ruby) {
          flush(text, title);
          title.add(p.node);
          i = p.end;
          continue;
        }
        return null; // an unclosed or nested tag: not a chapter
      }
      text.append(c);
      i++;
    }
    return null;
  }

  private static void flush(StringBuilder text, List<Node> out) {
    if (text.length() > 0) {
      out.add(new Node.Text(text.toString()));
      text.setLength(0);
    }
  }
}
