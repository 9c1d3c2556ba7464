package io.github.pixivajax.rx;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer dispatcher emulating each of pixiv's pagination styles with small synthetic data,
 * plus injectable faults (429, 5xx, dropped connections, malformed JSON) for the next matching
 * request.
 */
final class FakeFeeds extends Dispatcher {
  /** follow_latest: works newest first, {@link #perPage} a page, {@link #pages} pages. */
  volatile int perPage = 5;
  volatile int pages = 3;
  /** Newest work id of follow_latest and illust/new; grows when works are "posted". */
  final AtomicInteger newest = new AtomicInteger(1000);
  volatile int followingTotal = 50;
  volatile int commentTotal = 120;
  volatile int newFloor = 900;

  final List<String> paths = new CopyOnWriteArrayList<>();
  private final Map<Predicate<String>, Deque<MockResponse>> faults = new ConcurrentHashMap<>();
  private final Map<String, Predicate<String>> prefixes = new ConcurrentHashMap<>();

  /**
   * The next request whose path (with its decoded query) starts with {@code prefix} gets {@code
   * response} instead.
   */
  FakeFeeds fault(String prefix, MockResponse response) {
    return fault(prefixes.computeIfAbsent(prefix, k -> s -> s.startsWith(k)), response);
  }

  /** The next request whose path (with its decoded query) matches gets {@code response} instead. */
  FakeFeeds fault(Predicate<String> matching, MockResponse response) {
    faults.computeIfAbsent(matching, k -> new ConcurrentLinkedDeque<>()).add(response);
    return this;
  }

  /** New works appear at the top of the date-sorted feeds, shifting their pages. */
  void post(int works) {
    newest.addAndGet(works);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    String full = path + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    paths.add(full);
    for (Map.Entry<Predicate<String>, Deque<MockResponse>> e : faults.entrySet()) {
      if (e.getKey().test(full)) {
        MockResponse fault = e.getValue().poll();
        if (fault != null) {
          return fault;
        }
      }
    }
    if (path.equals("/ajax/follow_latest/illust") || path.equals("/ajax/mypixiv_latest/illust")) {
      return followLatest(Integer.parseInt(url.queryParameter("p")));
    }
    if (path.matches("/ajax/user/\\d+/(following|followers)")) {
      return following(Integer.parseInt(url.queryParameter("offset")), Integer.parseInt(url.queryParameter("limit")));
    }
    if (path.equals("/ajax/illusts/comments/roots")) {
      return comments(Integer.parseInt(url.queryParameter("offset")), Integer.parseInt(url.queryParameter("limit")));
    }
    if (path.equals("/ajax/illust/new")) {
      return newIllusts(Long.parseLong(url.queryParameter("lastId")), Integer.parseInt(url.queryParameter("limit")));
    }
    if (path.matches("/ajax/illust/\\d+/recommend/init")) {
      return recommendInit(Integer.parseInt(url.queryParameter("limit")));
    }
    if (path.equals("/ajax/illust/recommend/illusts")) {
      List<Integer> ids = url.queryParameterValues("illust_ids[]").stream().map(Integer::valueOf).toList();
      return envelope("{\"illusts\":" + thumbs(ids) + ",\"details\":{}}");
    }
    if (path.equals("/ranking.php")) {
      return ranking(Integer.parseInt(url.queryParameter("p")));
    }
    if (path.startsWith("/ajax/search/artworks/")) {
      return search(Integer.parseInt(url.queryParameter("p")), "illustManga");
    }
    if (path.startsWith("/ajax/search/illustrations/")) {
      return search(Integer.parseInt(url.queryParameter("p")), "illust");
    }
    if (path.startsWith("/ajax/search/manga/")) {
      return search(Integer.parseInt(url.queryParameter("p")), "manga");
    }
    if (path.equals("/ajax/discovery/artworks")) {
      return discovery();
    }
    if (path.equals("/ajax/linked_service/tumeng")) {
      int page = Integer.parseInt(url.queryParameter("page"));
      String works = java.util.stream.IntStream.range(0, page <= 2 ? 10 : 0)
          .mapToObj(i -> "{\"id\":\"" + (page * 100 + i) + "\",\"title\":\"t\"}").collect(Collectors.joining(",", "[", "]"));
      return envelope("{\"page\":{\"user\":null,\"works\":" + works + ",\"totalItemCount\":20}}");
    }
    if (path.equals("/ajax/illusts/comments/replies")) {
      int page = Integer.parseInt(url.queryParameter("page"));
      String replies = java.util.stream.IntStream.range(0, 10)
          .mapToObj(i -> "{\"id\":\"" + (60000 + page * 10 + i) + "\",\"userId\":\"2\",\"comment\":\"r\"}")
          .collect(Collectors.joining(",", "[", "]"));
      return envelope("{\"comments\":" + replies + ",\"hasNext\":" + (page < 3) + "}");
    }
    if (path.matches("/ajax/user/\\d+/profile/all")) {
      String illusts = java.util.stream.IntStream.rangeClosed(1, 150).mapToObj(i -> "\"" + (3000 + i) + "\":null").collect(Collectors.joining(","));
      String manga = java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "\"" + (5000 + i) + "\":null").collect(Collectors.joining(","));
      return envelope("{\"illusts\":{" + illusts + "},\"manga\":{" + manga + "},\"novels\":[]}");
    }
    if (path.matches("/ajax/user/\\d+/profile/illusts")) {
      List<Integer> ids = url.queryParameterValues("ids[]").stream().map(Integer::valueOf).toList();
      String works = ids.stream().map(id -> "\"" + id + "\":" + thumbs(List.of(id)).replaceAll("^\\[|\\]$", "")).collect(Collectors.joining(",", "{", "}"));
      return envelope("{\"works\":" + works + "}");
    }
    if (path.matches("/ajax/user/\\d+/(illusts|manga|illustmanga)/tag")) {
      int offset = Integer.parseInt(url.queryParameter("offset"));
      int limit = Integer.parseInt(url.queryParameter("limit"));
      List<Integer> ids = new ArrayList<>();
      for (int i = offset; i < Math.min(offset + limit, 70); i++) {
        ids.add(8000 - i);
      }
      return envelope("{\"works\":" + thumbs(ids) + ",\"total\":70}");
    }
    if (path.matches("/ajax/series/\\d+")) {
      int p = Integer.parseInt(url.queryParameter("p"));
      List<Integer> ids = new ArrayList<>();
      StringBuilder works = new StringBuilder();
      for (int i = 0; i < 12 && (p - 1) * 12 + i < 30; i++) {
        int order = (p - 1) * 12 + i + 1;
        ids.add(4000 + order);
        works.append(works.length() == 0 ? "" : ",").append("{\"workId\":\"").append(4000 + order).append("\",\"order\":").append(order).append("}");
      }
      return envelope("{\"page\":{\"series\":[" + works + "],\"seriesId\":\"7\",\"total\":30},\"thumbnails\":{\"illust\":" + thumbs(ids) + "}}");
    }
    if (path.equals("/touch/ajax/ranking/illust")) {
      int page = Integer.parseInt(url.queryParameter("page"));
      String items = java.util.stream.IntStream.range(0, 50)
          .mapToObj(i -> "{\"illustId\":\"" + (9000 + (page - 1) * 50 + i) + "\",\"rank\":" + ((page - 1) * 50 + i + 1) + "}")
          .collect(Collectors.joining(",", "[", "]"));
      return envelope("{\"ranking\":" + items + ",\"rankingDate\":\"2022-08-16\",\"next\":" + (page < 2 ? page + 1 : "false") + "}");
    }
    MockResponse more = more(path, url);
    return more != null ? more
        : new MockResponse().setResponseCode(404).setBody("{\"error\":true,\"message\":\"Not found\",\"body\":[]}");
  }

  /** Bookmarks, the watch list, requests and discovery users. */
  private MockResponse more(String path, HttpUrl url) {
    if (path.matches("/ajax/user/\\d+/illusts/bookmarks")) {
      int offset = Integer.parseInt(url.queryParameter("offset"));
      int limit = Integer.parseInt(url.queryParameter("limit"));
      List<Integer> ids = new ArrayList<>();
      for (int i = offset; i < Math.min(offset + limit, 100); i++) {
        ids.add(6000 - i);
      }
      return envelope("{\"works\":" + thumbs(ids) + ",\"total\":100}");
    }
    if (path.equals("/ajax/watch_list/manga")) {
      // 10 series, 4 a page, over 3 pages.
      int p = Integer.parseInt(url.queryParameter("p"));
      List<String> ids = java.util.stream.IntStream.range((p - 1) * 4, Math.min(p * 4, 10)).mapToObj(i -> "" + (300 + i)).toList();
      String series = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"userId\":\"1\",\"title\":\"s" + id + "\",\"total\":3}")
          .collect(Collectors.joining(",", "[", "]"));
      return envelope("{\"page\":{\"total\":10,\"maxPage\":3,\"watchedSeriesIds\":" + quoted(ids) + "},\"illustSeries\":" + series + "}");
    }
    if (path.matches("/ajax/commission/page/request/(complete|in_progress)/\\w+")) {
      // 2 pages of 5 requests.
      int p = Integer.parseInt(url.queryParameter("p"));
      int base = path.contains("complete") ? 10_000 : 20_000;
      List<String> ids = java.util.stream.IntStream.range(0, 5).mapToObj(i -> "" + (base + p * 10 + i)).toList();
      String requests = ids.stream().map(id -> "{\"requestId\":\"" + id + "\",\"requestPrice\":500,\"requestTags\":[]}")
          .collect(Collectors.joining(",", "[", "]"));
      return envelope("{\"page\":{\"requestIds\":" + quoted(ids) + ",\"pager\":{\"page\":" + p + ",\"hasNextPage\":" + (p < 2)
          + "}},\"requests\":" + requests + "}");
    }
    if (path.matches("/ajax/commission/page/request/creators/\\w+")) {
      // 2 pages of 5 creators; the last of each page comes without details.
      int p = Integer.parseInt(url.queryParameter("p"));
      List<String> ids = java.util.stream.IntStream.range(0, 5).mapToObj(i -> "" + (30_000 + p * 10 + i)).toList();
      String users = ids.subList(0, 4).stream().map(id -> "{\"userId\":\"" + id + "\",\"userName\":\"creator" + id + "\"}")
          .collect(Collectors.joining(",", "[", "]"));
      return envelope("{\"page\":{\"creatorUserIds\":" + quoted(ids) + ",\"pager\":{\"page\":" + p + ",\"hasNextPage\":" + (p < 2)
          + "}},\"users\":" + users + "}");
    }
    if (path.equals("/ajax/discovery/users")) {
      // Each poll overlaps the previous one by half; after 4 polls the pool (users 1..30) is exhausted.
      int n = userPolls.getAndIncrement();
      List<String> ids = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "" + Math.min(30, n * 5 + i + 1)).distinct().toList();
      String recommended = ids.stream().map(id -> "{\"userId\":\"" + id + "\",\"recentIllustIds\":[],\"recentNovelIds\":[]}")
          .collect(Collectors.joining(",", "[", "]"));
      String users = ids.stream().map(id -> "{\"userId\":\"" + id + "\",\"userName\":\"user" + id + "\"}")
          .collect(Collectors.joining(",", "[", "]"));
      return envelope("{\"recommendedUsers\":" + recommended + ",\"users\":" + users + "}");
    }
    return null;
  }

  private final AtomicInteger userPolls = new AtomicInteger();

  private static String quoted(List<String> ids) {
    return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
  }

  private MockResponse followLatest(int p) {
    int top = newest.get();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < perPage; i++) {
      ids.add(top - (p - 1) * perPage - i);
    }
    return envelope("{\"page\":{\"ids\":" + ids + ",\"isLastPage\":" + (p >= pages) + ",\"tags\":[]},"
        + "\"tagTranslation\":[],\"thumbnails\":{\"illust\":" + thumbs(ids) + ",\"novel\":[],\"novelSeries\":[],\"novelDraft\":[]},"
        + "\"illustSeries\":[],\"requests\":[],\"users\":[]}");
  }

  private MockResponse following(int offset, int limit) {
    String users = java.util.stream.IntStream.range(offset, Math.min(offset + limit, followingTotal))
        .mapToObj(i -> "{\"userId\":\"" + (i + 1) + "\",\"userName\":\"user" + (i + 1) + "\",\"illusts\":[],\"novels\":[]}")
        .collect(Collectors.joining(",", "[", "]"));
    return envelope("{\"users\":" + users + ",\"total\":" + followingTotal + ",\"followUserTags\":[]}");
  }

  private MockResponse comments(int offset, int limit) {
    int end = Math.min(offset + limit, commentTotal);
    String comments = java.util.stream.IntStream.range(offset, end)
        .mapToObj(i -> "{\"id\":\"" + (50000 - i) + "\",\"userId\":\"1\",\"comment\":\"c" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
    return envelope("{\"comments\":" + comments + ",\"hasNext\":" + (end < commentTotal) + "}");
  }

  private MockResponse newIllusts(long lastId, int limit) {
    long start = lastId == 0 ? newest.get() : lastId - 1;
    List<Integer> ids = new ArrayList<>();
    for (long id = start; id > newFloor && ids.size() < limit; id--) {
      ids.add((int) id);
    }
    String last = ids.isEmpty() ? String.valueOf(lastId) : String.valueOf(ids.get(ids.size() - 1));
    return envelope("{\"illusts\":" + thumbs(ids) + ",\"lastId\":\"" + last + "\"}");
  }

  private MockResponse recommendInit(int limit) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(7000 + i);
    }
    List<Integer> first = all.subList(0, limit);
    String next = all.subList(limit, all.size()).stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(",", "[", "]"));
    return envelope("{\"illusts\":" + thumbs(first) + ",\"nextIds\":" + next + ",\"details\":{}}");
  }

  private MockResponse ranking(int p) {
    String contents = java.util.stream.IntStream.range(0, 50)
        .mapToObj(i -> "{\"illust_id\":" + (9000 + (p - 1) * 50 + i) + ",\"rank\":" + ((p - 1) * 50 + i + 1) + ",\"title\":\"r\"}")
        .collect(Collectors.joining(",", "[", "]"));
    return new MockResponse().setBody("{\"contents\":" + contents + ",\"mode\":\"daily\",\"content\":\"all\",\"page\":" + p
        + ",\"prev\":" + (p == 1 ? "false" : p - 1) + ",\"next\":" + (p == 3 ? "false" : p + 1)
        + ",\"date\":\"20220816\",\"rank_total\":150}");
  }

  private MockResponse search(int p, String key) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 60 && (p - 1) * 60 + i < 150; i++) {
      ids.add(200000 - (p - 1) * 60 - i);
    }
    return envelope("{\"" + key + "\":{\"data\":" + thumbs(ids) + ",\"total\":150,\"lastPage\":3},\"popular\":{\"recent\":[],\"permanent\":[]},"
        + "\"relatedTags\":[],\"tagTranslation\":[]}");
  }

  private final AtomicInteger polls = new AtomicInteger();

  private MockResponse discovery() {
    // Each poll overlaps the previous one by half; after 4 polls the pool (ids 1..60) is exhausted.
    int n = polls.getAndIncrement();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(Math.min(60, n * 10 + i + 1));
    }
    List<Integer> distinct = ids.stream().distinct().toList();
    String recommended = distinct.stream().map(i -> "{\"illustId\":\"" + i + "\",\"recommendMethods\":[],\"recommendScore\":1,\"recommendSeedIllustIds\":[]}")
        .collect(Collectors.joining(",", "[", "]"));
    return envelope("{\"recommendedIllusts\":" + recommended + ",\"thumbnails\":{\"illust\":" + thumbs(distinct) + "},\"users\":[],\"tagTranslation\":[]}");
  }

  static String thumbs(List<Integer> ids) {
    return ids.stream()
        .map(id -> "{\"id\":\"" + id + "\",\"title\":\"work " + id + "\",\"illustType\":0,\"userId\":\"1\",\"userName\":\"u\",\"tags\":[\"原神\"],"
            + "\"createDate\":\"2022-08-11T00:00:00+09:00\",\"width\":100,\"height\":100,\"pageCount\":1}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  static MockResponse envelope(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"error\":false,\"message\":\"\",\"body\":" + body + "}");
  }

  int count(String pathPrefix) {
    return (int) paths.stream().filter(p -> p.startsWith(pathPrefix)).count();
  }
}
