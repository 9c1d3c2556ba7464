package io.github.pixivajax.rx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@link FakeFeeds}' novel pages: series content by {@code last_order}, new novels by {@code lastId},
 * follow_latest, search (30 a page) and series search, profile novels, bookmarks, recommendations and
 * comments, each over a few pages.
 */
final class FakeNovels {
  static final int SERIES_PARTS = 70;
  static final int NEW_NEWEST = 12_000;
  static final int NEW_FLOOR = 11_900;

  private FakeNovels() {}

  static @Nullable MockResponse dispatch(String path, HttpUrl url) {
    if (path.matches("/ajax/novel/series_content/\\d+")) {
      int limit = Integer.parseInt(url.queryParameter("limit"));
      int lastOrder = Integer.parseInt(url.queryParameter("last_order"));
      List<Integer> ids = range(lastOrder, Math.min(lastOrder + limit, SERIES_PARTS), i -> 10_001 + i);
      String contents = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"title\":\"part\",\"series\":{\"id\":5,\"contentOrder\":"
          + (id - 10_000) + "}}").collect(Collectors.joining(",", "[", "]"));
      // pixiv sends the thumbnails in its own order: reversed here, the page's order must win.
      List<Integer> reversed = new ArrayList<>(ids);
      java.util.Collections.reverse(reversed);
      return FakeFeeds.envelope("{\"page\":{\"seriesContents\":" + contents + "},\"thumbnails\":{\"novel\":" + novels(reversed) + "}}");
    }
    if (path.equals("/ajax/novel/new")) {
      long lastId = Long.parseLong(url.queryParameter("lastId"));
      int limit = Integer.parseInt(url.queryParameter("limit"));
      long from = lastId == 0 ? NEW_NEWEST : lastId - 1;
      List<Integer> ids = new ArrayList<>();
      for (long id = from; id > NEW_FLOOR && ids.size() < limit; id--) {
        ids.add((int) id);
      }
      String last = ids.isEmpty() ? "null" : "\"" + ids.get(ids.size() - 1) + "\"";
      return FakeFeeds.envelope("{\"novels\":" + novels(ids) + ",\"lastId\":" + last + "}");
    }
    if (path.equals("/ajax/follow_latest/novel")) {
      int p = Integer.parseInt(url.queryParameter("p"));
      List<Integer> ids = range(0, 5, i -> 13_000 - (p - 1) * 5 - i);
      return FakeFeeds.envelope("{\"page\":{\"ids\":" + ids + ",\"isLastPage\":" + (p >= 3) + "},\"thumbnails\":{\"novel\":"
          + novels(ids) + "}}");
    }
    if (path.startsWith("/ajax/search/novels/")) {
      int p = Integer.parseInt(url.queryParameter("p"));
      if ("1".equals(url.queryParameter("gs"))) {
        List<Integer> ids = range((p - 1) * 30, Math.min(p * 30, 40), i -> 15_000 + i);
        String series = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"title\":\"s\",\"userId\":\"1\"}")
            .collect(Collectors.joining(",", "[", "]"));
        return FakeFeeds.envelope("{\"novel\":{\"data\":" + series + ",\"total\":40,\"lastPage\":2}}");
      }
      List<Integer> ids = range((p - 1) * 30, Math.min(p * 30, 75), i -> 14_000 - i);
      return FakeFeeds.envelope("{\"novel\":{\"data\":" + novels(ids) + ",\"total\":75,\"lastPage\":3}}");
    }
    if (path.matches("/ajax/user/\\d+/profile/novels")) {
      List<Integer> ids = url.queryParameterValues("ids[]").stream().map(Integer::valueOf).toList();
      String works = ids.stream().map(id -> "\"" + id + "\":" + novels(List.of(id)).replaceAll("^\\[|\\]$", ""))
          .collect(Collectors.joining(",", "{", "}"));
      return FakeFeeds.envelope("{\"works\":" + works + "}");
    }
    if (path.matches("/ajax/user/\\d+/novels/bookmarks")) {
      int offset = Integer.parseInt(url.queryParameter("offset"));
      int limit = Integer.parseInt(url.queryParameter("limit"));
      List<Integer> ids = range(offset, Math.min(offset + limit, 60), i -> 16_000 - i);
      return FakeFeeds.envelope("{\"works\":" + novels(ids) + ",\"total\":60}");
    }
    if (path.matches("/ajax/novel/\\d+/recommend/init")) {
      int limit = Integer.parseInt(url.queryParameter("limit"));
      List<Integer> ids = range(0, limit, i -> 17_000 + i);
      List<String> next = range(limit, limit + 25, i -> 17_000 + i).stream().map(String::valueOf).toList();
      return FakeFeeds.envelope("{\"novels\":" + novels(ids) + ",\"nextIds\":" + FakeFeeds.quoted(next) + "}");
    }
    if (path.equals("/ajax/novel/recommend/novels")) {
      List<Integer> ids = url.queryParameterValues("novelIds[]").stream().map(Integer::valueOf).toList();
      return FakeFeeds.envelope("{\"novels\":" + novels(ids) + "}");
    }
    if (path.equals("/ajax/novels/comments/roots")) {
      int offset = Integer.parseInt(url.queryParameter("offset"));
      int limit = Integer.parseInt(url.queryParameter("limit"));
      List<Integer> ids = range(offset, Math.min(offset + limit, 120), i -> 18_000 - i);
      String comments = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"userId\":\"2\",\"comment\":\"c\"}")
          .collect(Collectors.joining(",", "[", "]"));
      return FakeFeeds.envelope("{\"comments\":" + comments + ",\"hasNext\":" + (offset + limit < 120) + "}");
    }
    return null;
  }

  /** 30 novel ids for profile/all's {@code novels} map. */
  static String profileNovels() {
    return IntStream.rangeClosed(1, 130).mapToObj(i -> "\"" + (7000 + i) + "\":null").collect(Collectors.joining(",", "{", "}"));
  }

  private static List<Integer> range(int from, int to, java.util.function.IntUnaryOperator id) {
    return IntStream.range(from, Math.max(from, to)).map(id).boxed().toList();
  }

  static String novels(List<Integer> ids) {
    return ids.stream().map(id -> "{\"id\":\"" + id + "\",\"title\":\"n" + id + "\",\"userId\":\"1\",\"tags\":[]}")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
