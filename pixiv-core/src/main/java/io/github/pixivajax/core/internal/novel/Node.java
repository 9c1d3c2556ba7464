package io.github.pixivajax.core.internal.novel;

import java.util.List;

/** One piece of parsed pixiv novel markup. */
public sealed interface Node {
  /** Text as the author wrote it, including tags that are not (well-formed) markup. */
  record Text(String text) implements Node {}

  /** {@code [newpage]}. */
  record NewPage() implements Node {}

  /** {@code [chapter:…]}; the title may hold ruby. */
  record Chapter(List<Node> title) implements Node {
    public Chapter {
      title = List.copyOf(title);
    }
  }

  /** {@code [[rb:base > ruby]]}. */
  record Ruby(String base, String ruby) implements Node {}

  /** {@code [[jumpuri:text > url]]}. */
  record Link(String text, String url) implements Node {}

  /** {@code [jump:n]}: a link to page {@code n}. */
  record Jump(int page) implements Node {}

  /** {@code [uploadedimage:id]}. */
  record UploadedImage(String id) implements Node {}

  /** {@code [pixivimage:id-page]}; page 1 when the markup leaves it out. */
  record PixivImage(String illustId, int page) implements Node {
    public String key() {
      return illustId + "-" + page;
    }
  }
}
