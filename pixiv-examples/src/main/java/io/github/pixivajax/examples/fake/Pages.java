package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Paging arithmetic shared by the handlers: p-paged (from 1) and offset/limit slices. */
final class Pages {
  private Pages() {}

  /** Page {@code p} (from 1) of {@code per} items; empty beyond the last page. */
  static <T> List<T> page(List<T> all, int p, int per) {
    return slice(all, (long) (p - 1) * per, per);
  }

  static <T> List<T> slice(List<T> all, long offset, int limit) {
    if (offset >= all.size() || limit <= 0) {
      return List.of();
    }
    int from = (int) offset;
    return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
  }

  static int lastPage(int total, int per) {
    return Math.max(1, (total + per - 1) / per);
  }

  static boolean isLast(int total, int p, int per) {
    return (long) p * per >= total;
  }

  /** Commission lists' {@code pager}. */
  static ObjectNode pager(int total, int p, int per) {
    ObjectNode o = Json.obj();
    o.put("hasNextPage", !isLast(total, p, per));
    o.put("page", p);
    return o;
  }
}
