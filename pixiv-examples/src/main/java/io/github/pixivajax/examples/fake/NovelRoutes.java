package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Novels: a few series of several parts (one R-18, hidden without a session) and many standalone
 * novels, with markup of every kind, embedded images on the fake {@code i.pximg.net}, search (30 per page),
 * feeds, comments, recommendations, bookmarks and likes.
 */
final class NovelRoutes {
  /** A 1×1 PNG: covers and embedded images, served by the fake {@code i.pximg.net} ({@link FakeImages}). */
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  static final int SEARCH_PER_PAGE = 30;
  static final int STANDALONE = 75;
  private static final long ANCHOR = FakeData.ANCHOR;
  private static final List<String> WORDS = List.of("図書館", "灯台", "喫茶店", "鉄道", "手紙", "星", "雨", "海辺");
  private static final List<String> GENRE_TAGS = List.of("オリジナル", "ファンタジー", "恋愛", "ミステリー", "SF", "百合");

  record Series(int id, String title, String caption, int author, int xRestrict, List<Integer> parts, boolean concluded) {}

  record Novel(int id, String title, int author, int xRestrict, int seriesId, int order, List<String> tags, String content, long created) {}

  private final FakeData data;
  private final int searchPageCap;
  // The catalogue is fixed (independent of the seed), so profile/all can list a user's novels.
  private static final Map<Integer, Novel> novels = new LinkedHashMap<>();
  private static final Map<Integer, Series> series = new LinkedHashMap<>();

  static {
    build();
  }
  /** viewer → novel id → bookmark id. */
  private final Map<Integer, Map<Integer, Long>> bookmarks = new ConcurrentHashMap<>();
  private final Map<Integer, Map<Integer, Boolean>> likes = new ConcurrentHashMap<>();

  NovelRoutes(FakeData data, int searchPageCap) {
    this.data = data;
    this.searchPageCap = searchPageCap;
  }

  /** profile/all's {@code novels}: the user's novel ids, newest first, each mapped to null. */
  static ObjectNode profileNovels(int user, int viewer) {
    ObjectNode o = Json.obj();
    novels.values().stream().filter(n -> n.author == user && (viewer > 0 || n.xRestrict == 0))
        .sorted(Comparator.comparingInt(Novel::id).reversed()).forEach(n -> o.putNull(String.valueOf(n.id)));
    return o;
  }

  private static void build() {
    addSeries(1, "月下の図書館", "月の出る夜だけ開く図書館をめぐる連作。", 2, 0, 5, false);
    addSeries(2, "夜更けの約束", "大人向けの短い連作。", 3, 1, 2, true);
    addSeries(3, "星の目録", "星を数える少女の話。", 4, 0, 3, true);
    int id = 100;
    for (int i = 0; i < STANDALONE; i++, id++) {
      String word = WORDS.get(i % WORDS.size());
      int author = 2 + i % 7;
      int xr = i % 10 == 9 ? 1 : 0;
      List<String> tags = List.of(GENRE_TAGS.get(i % GENRE_TAGS.size()), word);
      String content = "[chapter:" + word + "の話]\n" + word + "をめぐる短い話、その" + (i + 1) + "。\n[[rb:" + word + " > ことば]]は続く。";
      novels.put(id, new Novel(id, word + "の物語 " + (i + 1), author, xr, 0, 0, tags, content, ANCHOR - (long) i * 3600));
    }
  }

  private static void addSeries(int sid, String title, String caption, int author, int xr, int count, boolean concluded) {
    List<Integer> parts = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      int nid = sid * 10 + k;
      parts.add(nid);
      String content = sid == 1 && k == 1 ? everyMarkup() : "[chapter:第" + k + "話]\n" + title + "の第" + k + "話。\n"
          + "[[rb:物語 > ものがたり]]は続く。[uploadedimage:" + (900 + nid) + "]\n[newpage]\n次のページ。[jump:1]";
      novels.put(nid, new Novel(nid, title + "　第" + k + "話", author, xr, sid, k,
          List.of("オリジナル", xr > 0 ? "R-18" : "ファンタジー"), content, ANCHOR - 86_400L * (count - k) - sid * 600L));
    }
    series.put(sid, new Series(sid, title, caption, author, xr, List.copyOf(parts), concluded));
  }

  /** Part 1 of series 1: every kind of pixiv markup, and some that is not markup. */
  private static String everyMarkup() {
    return "[chapter:第一章　[[rb:月下 > げっか]]の扉]\n"
        + "その図書館は、月の出る夜にだけ[[rb:扉 > とびら]]を開く。\n\n"
        + "司書は言った。「本は、読まれるのを待っているのよ」\n"
        + "[uploadedimage:911]\n"
        + "[newpage]\n"
        + "[chapter:第二章　星の目録]\n"
        + "詳しくは[[jumpuri:作者のサイト > https://example.com/library?a=1&b=2]]を。\n"
        + "挿絵：[pixivimage:1-1]\n"
        + "最初のページへ[jump:1]。\n"
        + "<b>タグのような文字</b> & [unknown:tag] [[rb:閉じていない\n"
        + "[newpage]\n"
        + "終わり。";
  }

  void register(Router r) {
    r.get("ajax/novel/{id}", this::novel);
    r.get("ajax/novel/{id}/insert_illusts", this::insertIllusts);
    r.get("ajax/novel/series/{id}", c -> Reply.ok(seriesJson(series(c), c.viewer)));
    r.get("ajax/novel/series_content/{id}", this::seriesContent);
    r.get("ajax/novel/series/{id}/content_titles", this::contentTitles);
    r.login("ajax/novel/new", this::newest);
    r.login("ajax/follow_latest/novel", this::followLatest);
    r.get("ajax/top/novel", this::top);
    r.login("ajax/watch_list/novel", this::watchList);
    r.get("ajax/search/novels/{word}", this::search);
    r.login("ajax/user/{id}/novels/bookmarks", this::userBookmarks);
    r.login("ajax/user/{id}/novels/bookmark/tags", this::bookmarkTags);
    r.get("ajax/user/{id}/profile/novels", this::profileNovels);
    r.get("ajax/novel/{id}/recommend/init", this::recommendInit);
    r.get("ajax/novel/recommend/novels", this::recommendNovels);
    r.get("ajax/novels/comments/roots", this::commentRoots);
    r.get("ajax/novels/comments/replies", this::commentReplies);
    r.login("ajax/novel/{id}/bookmarkData", this::bookmarkData);
    r.post("ajax/novels/bookmarks/add", this::addBookmark);
    r.post("ajax/novels/bookmarks/delete", this::deleteBookmark);
    r.post("ajax/novels/like", this::like);
  }

  // ---------------------------------------------------------------- lookups

  /** A novel the viewer may see: unknown ids and R-18 without a session are pixiv's 404. */
  private Novel visible(long id, int viewer) {
    Novel n = novels.get((int) Math.min(id, Integer.MAX_VALUE));
    if (n == null || (n.xRestrict > 0 && viewer == 0)) {
      throw FakeError.notFound();
    }
    return n;
  }

  private Series series(Call c) {
    Series s = series.get((int) Math.min(c.pathId("id"), Integer.MAX_VALUE));
    if (s == null || (s.xRestrict > 0 && c.viewer == 0)) {
      throw FakeError.notFound();
    }
    return s;
  }

  private List<Novel> visibleNovels(int viewer) {
    return novels.values().stream().filter(n -> viewer > 0 || n.xRestrict == 0).toList();
  }

  /** Where pixiv keeps novel covers and uploaded images; {@link FakeImages} serves every such name. */
  static final String IMAGE_PREFIX = "https://i.pximg.net/novel-cover-original/img/2024/01/01/00/00/00/";

  private static String image(String name) {
    return IMAGE_PREFIX + name;
  }

  // ---------------------------------------------------------------- JSON

  private ObjectNode thumb(Novel n, int viewer) {
    ObjectNode o = Json.obj();
    o.put("id", String.valueOf(n.id));
    o.put("title", n.title);
    o.put("genre", "2");
    o.put("xRestrict", n.xRestrict);
    o.put("restrict", 0);
    o.put("url", image("cover-" + n.id + ".png"));
    o.set("tags", Json.strings(n.tags));
    o.put("userId", String.valueOf(n.author));
    o.put("userName", data.userName(n.author));
    o.put("profileImageUrl", data.avatar(n.author, 50));
    o.put("textCount", n.content.length());
    o.put("wordCount", n.content.length() / 2);
    o.put("readingTime", Math.max(1, n.content.length() * 60 / 500));
    o.put("useWordCount", false);
    o.put("description", n.title + "のあらすじ。");
    o.put("isBookmarkable", viewer > 0);
    o.set("bookmarkData", bookmarkData(viewer, n.id));
    o.put("bookmarkCount", 10 + n.id % 90);
    o.put("isOriginal", true);
    o.putNull("marker");
    o.put("createDate", Render.utc(n.created));
    o.put("updateDate", Render.utc(n.created));
    o.put("isMasked", false);
    o.put("aiType", 1);
    o.put("isUnlisted", false);
    o.put("language", "ja");
    if (n.seriesId > 0) {
      o.put("seriesId", String.valueOf(n.seriesId));
      o.put("seriesTitle", series.get(n.seriesId).title);
    }
    return o;
  }

  private JsonNode bookmarkData(int viewer, int novelId) {
    Long id = bookmarks.getOrDefault(viewer, Map.of()).get(novelId);
    if (id == null) {
      return Json.nil();
    }
    return Json.obj().put("id", String.valueOf(id)).put("private", false);
  }

  private Reply novel(Call c) {
    Novel n = visible(c.pathId("id"), c.viewer);
    ObjectNode o = thumb(n, c.viewer);
    o.remove(List.of("url", "textCount", "isMasked", "seriesId", "seriesTitle"));
    o.put("content", n.content);
    o.put("coverUrl", image("cover-" + n.id + ".png"));
    o.put("uploadDate", Render.utc(n.created));
    o.put("description", n.title + "のあらすじ。<br />");
    o.put("characterCount", n.content.length());
    o.put("likeCount", 5 + n.id % 40);
    o.put("commentCount", comments(n.id));
    o.put("viewCount", 100 + n.id * 7);
    o.put("pageCount", 1 + countOf(n.content, "[newpage]"));
    o.put("likeData", likes.getOrDefault(c.viewer, Map.of()).getOrDefault(n.id, false));
    ObjectNode tags = o.putObject("tags");
    tags.put("authorId", String.valueOf(n.author));
    tags.put("isLocked", false);
    ArrayNode list = tags.putArray("tags");
    for (String t : n.tags) {
      list.addObject().put("tag", t).put("locked", true).put("deletable", false).put("userId", String.valueOf(n.author));
    }
    tags.put("writable", true);
    if (n.seriesId > 0) {
      Series s = series.get(n.seriesId);
      ObjectNode nav = o.putObject("seriesNavData");
      nav.put("seriesType", "novel");
      nav.put("seriesId", s.id);
      nav.put("title", s.title);
      nav.put("isConcluded", s.concluded);
      nav.put("isWatched", false);
      nav.put("order", n.order);
      nav.set("prev", neighbour(s, n.order - 1));
      nav.set("next", neighbour(s, n.order + 1));
    } else {
      o.putNull("seriesNavData");
    }
    ObjectNode images = o.putObject("textEmbeddedImages");
    for (String id : between(n.content, "[uploadedimage:", "]")) {
      ObjectNode urls = Json.obj();
      for (String size : List.of("240mw", "480mw", "1200x1200", "128x128", "original")) {
        urls.put(size, image("uploaded-" + id + "-" + size + ".png"));
      }
      images.putObject(id).put("novelImageId", id).put("sl", "0").set("urls", urls);
    }
    ObjectNode userNovels = o.putObject("userNovels");
    for (Novel other : visibleNovels(c.viewer)) {
      if (other.author == n.author) {
        if (Math.abs(other.id - n.id) <= 1) {
          userNovels.set(String.valueOf(other.id), thumb(other, c.viewer));
        } else {
          userNovels.putNull(String.valueOf(other.id));
        }
      }
    }
    o.set("zoneConfig", Json.zoneConfig());
    return Reply.ok(o);
  }

  private JsonNode neighbour(Series s, int order) {
    if (order < 1 || order > s.parts.size()) {
      return Json.nil();
    }
    Novel n = novels.get(s.parts.get(order - 1));
    return Json.obj().put("title", n.title).put("order", order).put("id", String.valueOf(n.id)).put("available", true);
  }

  private Reply insertIllusts(Call c) {
    visible(c.pathId("id"), c.viewer);
    ObjectNode out = Json.obj();
    for (String key : c.queryAll("id")) {
      String[] parts = key.split("-", 2);
      long illust = Call.parseId(parts[0]);
      int page = parts.length > 1 ? (int) Call.parseId(parts[1]) : 1;
      ObjectNode o = out.putObject(illust + "-" + page);
      o.put("id", String.valueOf(illust));
      o.put("page", page);
      if (!data.exists(illust) || (data.xRestrict(illust) > 0 && c.viewer == 0)) {
        o.put("visible", false);
        o.put("availableMessage", FakeError.NOT_FOUND);
        o.putNull("illust");
        continue;
      }
      o.put("visible", true);
      o.putNull("availableMessage");
      ObjectNode illustNode = o.putObject("illust");
      illustNode.put("title", data.title(illust));
      illustNode.put("description", "");
      illustNode.put("restrict", 0);
      illustNode.put("xRestrict", data.xRestrict(illust));
      ObjectNode img = illustNode.putObject("images");
      img.put("small", image("illust-" + illust + "-" + page + "-small.png"));
      img.put("medium", image("illust-" + illust + "-" + page + "-medium.png"));
      img.put("original", image("illust-" + illust + "-" + page + ".png"));
    }
    return Reply.ok(out);
  }

  private ObjectNode seriesJson(Series s, int viewer) {
    ObjectNode o = Json.obj();
    o.put("id", String.valueOf(s.id));
    o.put("userId", String.valueOf(s.author));
    o.put("userName", data.userName(s.author));
    o.put("profileImageUrl", data.avatar(s.author, 50));
    o.put("xRestrict", s.xRestrict);
    o.put("isOriginal", true);
    o.put("isConcluded", s.concluded);
    o.put("genreId", "2");
    o.put("title", s.title);
    o.put("caption", s.caption);
    o.put("language", "ja");
    o.set("tags", Json.strings(List.of("オリジナル", s.xRestrict > 0 ? "R-18" : "ファンタジー")));
    int chars = s.parts.stream().mapToInt(p -> novels.get(p).content.length()).sum();
    o.put("publishedContentCount", s.parts.size());
    o.put("publishedTotalCharacterCount", chars);
    o.put("publishedTotalWordCount", chars / 2);
    o.put("publishedReadingTime", chars * 60 / 500);
    Novel first = novels.get(s.parts.get(0));
    Novel last = novels.get(s.parts.get(s.parts.size() - 1));
    o.put("createDate", Render.utc(first.created));
    o.put("updateDate", Render.utc(last.created));
    o.put("firstNovelId", String.valueOf(first.id));
    o.put("latestNovelId", String.valueOf(last.id));
    o.put("total", s.parts.size());
    ObjectNode urls = o.putObject("cover").putObject("urls");
    urls.put("240mw", image("series-" + s.id + "-240mw.png"));
    urls.put("480mw", image("series-" + s.id + "-480mw.png"));
    urls.put("original", image("series-" + s.id + ".png"));
    o.put("isWatched", viewer > 0 && s.id == 1);
    o.put("isNotifying", false);
    o.put("aiType", 1);
    return o;
  }

  private Reply seriesContent(Call c) {
    Series s = series(c);
    int limit = c.intQuery("limit", 30, 1, 30);
    int lastOrder = c.intQuery("last_order", 0, 0, 100_000);
    List<Novel> parts = s.parts.stream().map(novels::get).toList();
    if ("desc".equals(c.query("order_by"))) {
      parts = parts.stream().sorted(Comparator.comparingInt(Novel::order).reversed()).toList();
    }
    List<Novel> page = Pages.slice(parts, lastOrder, limit);
    ObjectNode body = Json.obj();
    ArrayNode contents = body.putObject("page").putArray("seriesContents");
    for (Novel n : page) {
      ObjectNode e = contents.addObject();
      e.put("id", String.valueOf(n.id));
      e.put("userId", String.valueOf(n.author));
      e.putObject("series").put("id", s.id).put("viewableType", 0).put("contentOrder", n.order);
      e.put("title", n.title);
      e.put("commentHtml", n.title + "のあらすじ。");
      e.set("tags", Json.strings(n.tags));
      e.put("restrict", 0);
      e.put("xRestrict", n.xRestrict);
      e.put("isOriginal", true);
      e.put("textLength", n.content.length());
      e.put("characterCount", n.content.length());
      e.put("wordCount", n.content.length() / 2);
      e.put("readingTime", n.content.length() * 60 / 500);
      e.put("bookmarkCount", 10 + n.id % 90);
      e.put("coverUrl", image("cover-" + n.id + ".png"));
      e.put("uploadTimestamp", n.created);
      e.put("reuploadTimestamp", n.created);
      e.set("bookmarkData", bookmarkData(c.viewer, n.id));
      e.put("aiType", 1);
    }
    feed(body, page, c.viewer);
    return Reply.ok(body);
  }

  private Reply contentTitles(Call c) {
    Series s = series(c);
    ArrayNode out = Json.arr();
    for (int id : s.parts) {
      out.addObject().put("id", String.valueOf(id)).put("title", novels.get(id).title).put("available", true);
    }
    return Reply.ok(out);
  }

  /** The store around a feed page: thumbnails.novel, users, tagTranslation. */
  private void feed(ObjectNode body, List<Novel> items, int viewer) {
    body.putObject("tagTranslation");
    ObjectNode thumbnails = body.putObject("thumbnails");
    thumbnails.putArray("illust");
    ArrayNode novelArray = thumbnails.putArray("novel");
    items.forEach(n -> novelArray.add(thumb(n, viewer)));
    thumbnails.putArray("novelSeries");
    thumbnails.putArray("novelDraft");
    body.putArray("illustSeries");
    body.putArray("requests");
    ArrayNode users = body.putArray("users");
    items.stream().map(Novel::author).distinct().forEach(u -> users.addObject()
        .put("userId", String.valueOf(u)).put("name", data.userName(u)).put("image", data.avatar(u, 50))
        .put("imageBig", data.avatar(u, 170)).put("premium", false).put("isFollowed", viewer > 0 && u % 2 == 0)
        .put("isMypixiv", false).put("isBlocking", false).put("acceptRequest", false));
    body.set("zoneConfig", Json.zoneConfig());
  }

  private List<Novel> newestFirst(int viewer, String mode) {
    return visibleNovels(viewer).stream()
        .filter(n -> !"safe".equals(mode) || n.xRestrict == 0)
        .filter(n -> !"r18".equals(mode) || n.xRestrict > 0)
        .sorted(Comparator.comparingLong(Novel::created).reversed().thenComparing(Comparator.comparingInt(Novel::id).reversed()))
        .toList();
  }

  private Reply newest(Call c) {
    int limit = c.intQuery("limit", 20, 1, 100);
    long lastId = c.intQuery("lastId", 0, 0, Integer.MAX_VALUE);
    boolean r18 = "true".equals(c.query("r18"));
    List<Novel> all = visibleNovels(c.viewer).stream()
        .filter(n -> r18 ? n.xRestrict > 0 : n.xRestrict == 0)
        .sorted(Comparator.comparingInt(Novel::id).reversed())
        .filter(n -> lastId == 0 || n.id < lastId)
        .limit(limit)
        .toList();
    ObjectNode body = Json.obj();
    ArrayNode list = body.putArray("novels");
    all.forEach(n -> list.add(thumb(n, c.viewer)));
    if (all.isEmpty()) {
      body.putNull("lastId");
    } else {
      body.put("lastId", String.valueOf(all.get(all.size() - 1).id));
    }
    return Reply.ok(body);
  }

  private Reply followLatest(Call c) {
    // Followed authors: the even ones (deterministic, whoever the viewer is).
    List<Novel> all = newestFirst(c.viewer, c.query("mode", "all")).stream().filter(n -> n.author % 2 == 0).toList();
    int p = c.page();
    List<Novel> page = Pages.page(all, p, 20);
    ObjectNode body = Json.obj();
    ObjectNode pageNode = body.putObject("page");
    pageNode.set("ids", Json.numbers(page.stream().map(n -> (long) n.id).toList()));
    pageNode.put("isLastPage", Pages.isLast(all.size(), p, 20));
    pageNode.set("tags", Json.strings(GENRE_TAGS.subList(0, 3)));
    feed(body, page, c.viewer);
    return Reply.ok(body);
  }

  private Reply top(Call c) {
    List<Novel> all = newestFirst(c.viewer, c.query("mode", "all"));
    List<Novel> shown = Pages.slice(all, 0, 12);
    ObjectNode body = Json.obj();
    ObjectNode page = body.putObject("page");
    page.set("follow", Json.strings(shown.stream().filter(n -> n.author % 2 == 0).map(n -> String.valueOf(n.id)).toList()));
    page.putObject("recommend").<ObjectNode>set("ids", Json.strings(shown.stream().map(n -> String.valueOf(n.id)).toList()))
        .putObject("details");
    ObjectNode ranking = page.putObject("ranking");
    ArrayNode items = ranking.putArray("items");
    for (int i = 0; i < Math.min(5, shown.size()); i++) {
      items.addObject().put("rank", i + 1).put("id", String.valueOf(shown.get(i).id));
    }
    ranking.put("date", "20240901");
    feed(body, shown, c.viewer);
    return Reply.ok(body);
  }

  private Reply watchList(Call c) {
    List<Series> watched = series.values().stream().filter(s -> s.id == 1).toList();
    ObjectNode body = Json.obj();
    ObjectNode page = body.putObject("page");
    page.set("watchedSeriesIds", Json.strings(watched.stream().map(s -> String.valueOf(s.id)).toList()));
    page.put("total", watched.size());
    page.put("maxPage", 1);
    page.put("isLastPage", true);
    List<Novel> latest = watched.stream().map(s -> novels.get(s.parts.get(s.parts.size() - 1))).toList();
    feed(body, c.page() == 1 ? latest : List.of(), c.viewer);
    ArrayNode novelSeries = (ArrayNode) body.path("thumbnails").path("novelSeries");
    watched.forEach(s -> novelSeries.add(seriesJson(s, c.viewer)));
    return Reply.ok(body);
  }

  private Reply search(Call c) {
    String word = c.path("word").toLowerCase(Locale.ROOT);
    String mode = c.query("mode", "all");
    boolean groupBySeries = "1".equals(c.query("gs"));
    // pixiv answers a page beyond its cap with the cap page again.
    int p = Math.min(c.page(), searchPageCap);
    ObjectNode body = Json.obj();
    ObjectNode novel = body.putObject("novel");
    ArrayNode dataNode = novel.putArray("data");
    int total;
    if (groupBySeries) {
      List<Series> found = series.values().stream()
          .filter(s -> c.viewer > 0 || s.xRestrict == 0)
          .filter(s -> matches(s.title + " " + s.caption, word) || s.parts.stream().anyMatch(id -> matches(novels.get(id), word)))
          .toList();
      total = found.size();
      Pages.page(found, p, SEARCH_PER_PAGE).forEach(s -> dataNode.add(seriesJson(s, c.viewer)));
    } else {
      long from = day(c, "scd", 0);
      long to = day(c, "ecd", 1);
      List<Novel> found = newestFirst(c.viewer, mode).stream().filter(n -> matches(n, word))
          .filter(n -> n.created >= from && n.created < to).toList();
      if ("date".equals(c.query("order"))) {
        List<Novel> oldestFirst = new ArrayList<>(found);
        java.util.Collections.reverse(oldestFirst);
        found = oldestFirst;
      }
      total = found.size();
      Pages.page(found, p, SEARCH_PER_PAGE).forEach(n -> dataNode.add(thumb(n, c.viewer)));
    }
    novel.put("total", total);
    novel.put("lastPage", Math.min(searchPageCap, Pages.lastPage(total, SEARCH_PER_PAGE)));
    novel.putArray("bookmarkRanges").addObject().putNull("min").putNull("max");
    body.set("relatedTags", Json.strings(GENRE_TAGS.subList(0, 2)));
    body.putObject("tagTranslation");
    body.set("zoneConfig", Json.zoneConfig());
    return Reply.ok(body);
  }

  /** {@code scd}/{@code ecd} (yyyy-MM-dd, JST) as epoch seconds: the day's start, or the next day's for ecd. */
  private static long day(Call c, String name, int plusDays) {
    String v = c.query(name);
    if (v == null || v.isEmpty()) {
      return plusDays == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    try {
      return java.time.LocalDate.parse(v).plusDays(plusDays).atStartOfDay().toEpochSecond(FakeData.JST);
    } catch (java.time.format.DateTimeParseException e) {
      throw FakeError.badRequest("Invalid parameter: " + name);
    }
  }

  private static boolean matches(Novel n, String word) {
    return matches(n.title + " " + String.join(" ", n.tags), word);
  }

  private static boolean matches(String text, String word) {
    String t = text.toLowerCase(Locale.ROOT);
    for (String w : word.trim().split("\\s+")) {
      if (!w.isEmpty() && !t.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private List<Novel> bookmarked(int user, int viewer) {
    Map<Integer, Long> own = bookmarks.getOrDefault(user, Map.of());
    return visibleNovels(viewer).stream()
        .filter(n -> own.containsKey(n.id) || (n.id + user) % 4 == 0)
        .sorted(Comparator.comparingInt(Novel::id).reversed())
        .toList();
  }

  private Reply userBookmarks(Call c) {
    int user = user(c);
    String tag = c.query("tag", "");
    List<Novel> all = bookmarked(user, c.viewer).stream().filter(n -> tag.isEmpty() || n.tags.contains(tag)).toList();
    if ("hide".equals(c.query("rest"))) {
      all = List.of();
    }
    List<Novel> page = Pages.slice(all, c.intQuery("offset", 0, 0, 1_000_000), c.intQuery("limit", 24, 1, 100));
    ObjectNode body = Json.obj();
    ArrayNode works = body.putArray("works");
    for (Novel n : page) {
      ObjectNode t = thumb(n, c.viewer);
      if (t.get("bookmarkData").isNull()) {
        t.set("bookmarkData", Json.obj().put("id", String.valueOf(bookmarkId(user, n.id))).put("private", false));
      }
      works.add(t);
    }
    body.put("total", all.size());
    body.putObject("bookmarkTags");
    return Reply.ok(body);
  }

  private Reply bookmarkTags(Call c) {
    int user = user(c);
    Map<String, Long> counts = bookmarked(user, c.viewer).stream()
        .collect(Collectors.groupingBy(n -> n.tags.get(0), LinkedHashMap::new, Collectors.counting()));
    ObjectNode body = Json.obj();
    ArrayNode pub = body.putArray("public");
    counts.forEach((t, n) -> pub.addObject().put("tag", t).put("cnt", n));
    body.putArray("private");
    body.put("tooManyBookmark", false);
    body.put("tooManyBookmarkTags", false);
    return Reply.ok(body);
  }

  private int user(Call c) {
    long u = c.pathId("id");
    if (!FakeData.userExists(u)) {
      throw FakeError.notFound();
    }
    return (int) u;
  }

  private Reply profileNovels(Call c) {
    int user = user(c);
    ObjectNode works = Json.obj();
    for (String id : c.queryAll("ids")) {
      Novel n = novels.get((int) Math.min(Call.parseId(id), Integer.MAX_VALUE));
      if (n != null && n.author == user && (c.viewer > 0 || n.xRestrict == 0)) {
        works.set(String.valueOf(n.id), thumb(n, c.viewer));
      }
    }
    ObjectNode body = Json.obj();
    body.set("works", works);
    body.set("extraData", Json.extraData(data.userName(user) + " - pixiv", "", "https://www.pixiv.net/users/" + user));
    return Reply.ok(body);
  }

  /** Everyone else's novels, by closeness of id: the first {@code limit} now, the rest as nextIds. */
  private List<Novel> related(Novel n, int viewer) {
    return visibleNovels(viewer).stream().filter(o -> o.id != n.id)
        .sorted(Comparator.comparingInt((Novel o) -> Math.abs(o.id - n.id)).thenComparingInt(Novel::id)).limit(60).toList();
  }

  private Reply recommendInit(Call c) {
    Novel n = visible(c.pathId("id"), c.viewer);
    int limit = c.intQuery("limit", 20, 1, 100);
    List<Novel> all = related(n, c.viewer);
    ObjectNode body = Json.obj();
    ArrayNode list = body.putArray("novels");
    Pages.slice(all, 0, limit).forEach(o -> list.add(thumb(o, c.viewer)));
    body.set("nextIds", Json.strings(Pages.slice(all, limit, all.size()).stream().map(o -> String.valueOf(o.id)).toList()));
    body.putObject("details");
    return Reply.ok(body);
  }

  private Reply recommendNovels(Call c) {
    ObjectNode body = Json.obj();
    ArrayNode list = body.putArray("novels");
    for (String id : c.queryAll("novelIds")) {
      Novel n = novels.get((int) Math.min(Call.parseId(id), Integer.MAX_VALUE));
      if (n != null && (c.viewer > 0 || n.xRestrict == 0)) {
        list.add(thumb(n, c.viewer));
      }
    }
    return Reply.ok(body);
  }

  /** Novel {@code id} has {@code id % 8} root comments (series 1 part 1: 7); the first has 2 replies. */
  private static int comments(int novelId) {
    return novelId == 11 ? 7 : novelId % 8;
  }

  private Reply commentRoots(Call c) {
    Novel n = visible(c.intQuery("novel_id", 0, 0, Integer.MAX_VALUE), c.viewer);
    int count = comments(n.id);
    List<Integer> all = new ArrayList<>();
    for (int i = count; i >= 1; i--) {
      all.add(i);
    }
    int offset = c.intQuery("offset", 0, 0, 1_000_000);
    int limit = c.intQuery("limit", 10, 1, 100);
    ObjectNode body = Json.obj();
    ArrayNode list = body.putArray("comments");
    for (int i : Pages.slice(all, offset, limit)) {
      list.add(comment(n.id * 1000L + i, 2 + i % 9, i == 1 ? "" : "感想その" + i + "。続きが楽しみです！",
          i == 1 ? "301" : null, n.created + i * 600L, null, i == count && count > 1));
    }
    body.put("hasNext", offset + limit < all.size());
    return Reply.ok(body);
  }

  private Reply commentReplies(Call c) {
    long root = c.intQuery("comment_id", 0, 0, Integer.MAX_VALUE);
    Novel n = novels.get((int) (root / 1000));
    if (n == null || root % 1000 != comments(n.id) || comments(n.id) < 2) {
      throw FakeError.notFound();
    }
    int p = c.page();
    ObjectNode body = Json.obj();
    ArrayNode list = body.putArray("comments");
    if (p == 1) {
      for (int i = 1; i <= 2; i++) {
        list.add(comment(root * 10 + i, n.author, "返信" + i + "：ありがとうございます", null, n.created + 7200L * i, String.valueOf(root), false));
      }
    }
    body.put("hasNext", false);
    return Reply.ok(body);
  }

  private ObjectNode comment(long id, int user, String text, String stamp, long when, String parent, boolean hasReplies) {
    ObjectNode o = Json.obj();
    o.put("userId", String.valueOf(user));
    o.put("userName", data.userName(user));
    o.put("isDeletedUser", false);
    o.put("img", data.avatar(user, 50));
    o.put("id", String.valueOf(id));
    o.put("comment", text);
    if (stamp == null) {
      o.putNull("stampId");
    } else {
      o.put("stampId", stamp);
    }
    o.put("commentDate", Render.minutes(when));
    if (parent == null) {
      o.putNull("commentParentId");
    } else {
      o.put("commentParentId", parent);
    }
    o.put("commentUserId", String.valueOf(user));
    o.put("editable", false);
    o.put("hasReplies", hasReplies);
    return o;
  }

  private Reply bookmarkData(Call c) {
    Novel n = visible(c.pathId("id"), c.viewer);
    ObjectNode body = Json.obj();
    body.put("isBookmarkable", true);
    body.set("bookmarkData", bookmarkData(c.viewer, n.id));
    return Reply.ok(body);
  }

  private static long bookmarkId(int user, int novelId) {
    return 18_000_000_000L + user * 100_000L + novelId;
  }

  private Novel novelOf(JsonNode body, int viewer) {
    JsonNode id = body.path("novel_id");
    long value = id.isNumber() ? id.asLong() : Call.parseId(id.asText(""));
    return visible(value, viewer);
  }

  private Reply addBookmark(Call c) {
    Novel n = novelOf(c.jsonBody(), c.viewer);
    Map<Integer, Long> own = bookmarks.computeIfAbsent(c.viewer, v -> new ConcurrentHashMap<>());
    if (own.containsKey(n.id)) {
      return Reply.ok(Json.nil()); // pixiv: null when already bookmarked
    }
    long id = bookmarkId(c.viewer, n.id);
    own.put(n.id, id);
    return Reply.ok(Json.MAPPER.getNodeFactory().textNode(String.valueOf(id)));
  }

  /** Form {@code del=1&book_id=…}. */
  private Reply deleteBookmark(Call c) {
    Map<String, List<String>> form = c.formBody();
    List<String> ids = form.getOrDefault("book_id", List.of());
    if (!form.getOrDefault("del", List.of()).contains("1") || ids.isEmpty()) {
      throw FakeError.badRequest("Invalid book_id");
    }
    long bookId = Call.parseId(ids.get(0));
    Map<Integer, Long> own = bookmarks.getOrDefault(c.viewer, Map.of());
    boolean removed = own.values().removeIf(v -> v == bookId);
    if (!removed) {
      throw FakeError.badRequest("Invalid book_id");
    }
    return Reply.ok(Json.arr());
  }

  private Reply like(Call c) {
    Novel n = novelOf(c.jsonBody(), c.viewer);
    likes.computeIfAbsent(c.viewer, v -> new ConcurrentHashMap<>()).put(n.id, true);
    return Reply.ok(Json.obj().put("is_liked", true));
  }

  // ---------------------------------------------------------------- helpers

  private static int countOf(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static List<String> between(String s, String open, String close) {
    List<String> out = new ArrayList<>();
    for (int i = s.indexOf(open); i >= 0; i = s.indexOf(open, i + 1)) {
      int end = s.indexOf(close, i + open.length());
      if (end > 0) {
        out.add(s.substring(i + open.length(), end));
      }
    }
    return out;
  }
}
