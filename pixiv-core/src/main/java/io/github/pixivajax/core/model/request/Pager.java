package io.github.pixivajax.core.model.request;

/** Where a paged Requests list stands: the page number sent and whether another follows. */
public record Pager(int page, boolean hasNextPage) {
  /** What a page without a {@code pager} means: nothing more to fetch. */
  static final Pager NONE = new Pager(0, false);
}
