package io.github.pixivajax.core.novel;

import io.github.pixivajax.core.internal.novel.MarkupParser;
import io.github.pixivajax.core.internal.novel.MarkupRenderer;
import io.github.pixivajax.core.internal.novel.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A novel's text in pixiv markup, parsed once and rendered as plain text, Markdown or XHTML.
 *
 * <p>Understood: {@code [newpage]}, {@code [chapter:title]}, {@code [[rb:base > ruby]]}, {@code
 * [[jumpuri:text > url]]}, {@code [jump:n]}, {@code [uploadedimage:id]}, {@code
 * [pixivimage:id-page]}. Everything else, including malformed or unknown tags, is the author's text
 * and is kept character for character (escaped for Markdown and XHTML). Links become links only for
 * {@code http(s)} URLs.
 *
 * <p>Images are placed through a resolver that receives a key — {@code uploadedimage:ID} or {@code
 * pixivimage:ID-PAGE} — and returns the image's {@code src}, or null to leave a textual placeholder.
 *
 * <pre>{@code
 * NovelMarkup text = NovelMarkup.parse(client.novels().novel(id).blockingGet().content());
 * Files.writeString(path, text.toMarkdown());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NovelMarkup {
  private final List<Node> nodes;

  private NovelMarkup(List<Node> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  public static NovelMarkup parse(String markup) {
    Objects.requireNonNull(markup, "markup == null");
    return new NovelMarkup(MarkupParser.parse(markup));
  }

  /** The number of pages: one more than the {@code [newpage]} tags. */
  public int pageCount() {
    return 1 + (int) nodes.stream().filter(n -> n instanceof Node.NewPage).count();
  }

  /** The chapter titles in order, as plain text. */
  public List<String> chapterTitles() {
    List<String> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Node.Chapter c) {
        out.add(MarkupRenderer.plainText(c.title()));
      }
    }
    return List.copyOf(out);
  }

  /** The keys of every image in order of appearance, without repeats: {@code uploadedimage:ID}, {@code pixivimage:ID-PAGE}. */
  public List<String> imageKeys() {
    List<String> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Node.UploadedImage || n instanceof Node.PixivImage) {
        String key = MarkupRenderer.imageKey(n);
        if (!out.contains(key)) {
          out.add(key);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The {@code ID-PAGE} of every {@code [pixivimage:]}, for {@code NovelsApi.insertIllusts}. */
  public List<String> pixivImageIds() {
    return imageKeys().stream().filter(k -> k.startsWith("pixivimage:")).map(k -> k.substring("pixivimage:".length())).toList();
  }

  /** Plain text: ruby as {@code base(ruby)}, links as {@code text (url)}, page breaks as {@code * * *}. */
  public String toPlainText() {
    return MarkupRenderer.plainText(nodes);
  }

  /** Markdown (CommonMark), with images as textual placeholders. */
  public String toMarkdown() {
    return toMarkdown(key -> null);
  }

  /**
   * Markdown (CommonMark): chapters as {@code ##}, page breaks as {@code ---} with a {@code page-N}
   * anchor, ruby as HTML {@code <ruby>}, line breaks as hard breaks.
   */
  public String toMarkdown(Function<String, @Nullable String> images) {
    Objects.requireNonNull(images, "images == null");
    return MarkupRenderer.markdown(nodes, images);
  }

  /** An XHTML fragment with images as textual placeholders. */
  public String toXhtml() {
    return toXhtml(key -> null);
  }

  /**
   * An XHTML fragment (well-formed, no declaration): a {@code <div class="page" id="page-N">} per
   * page, a {@code <p>} per line, {@code <h2>} per chapter, ruby as {@code <ruby>…<rt>…</rt></ruby>}.
   */
  public String toXhtml(Function<String, @Nullable String> images) {
    Objects.requireNonNull(images, "images == null");
    return MarkupRenderer.xhtml(nodes, images);
  }

  @Override
  public String toString() {
    return "NovelMarkup{" + nodes.size() + " nodes, " + pageCount() + " pages}";
  }
}
