package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/** Search (top, artworks, illustrations, manga), tag information and tag stories. */
final class SearchRoutes {
  private static final int TOP_SECTION = 24;
  private static final int POPULAR = 8;
  private static final int AD_SLOT = 8;
  private final FakeData data;
  private final Render render;
  private final Search search;
  private final int pageCap;

  SearchRoutes(Render render, int pageCap) {
    this.render = render;
    this.pageCap = pageCap;
    this.data = render.data;
    this.search = new Search(data);
  }

  void register(Router r) {
    r.get("ajax/search/top/{word}", this::top);
    r.get("ajax/search/artworks/{word}", c -> paged(c, "all", "illustManga"));
    r.get("ajax/search/illustrations/{word}", c -> paged(c, "illust_and_ugoira", "illust"));
    r.get("ajax/search/manga/{word}", c -> paged(c, "manga", "manga"));
    r.get("ajax/search/tags/{tag}", this::tagInfo);
    r.get("ajax/stories/tag_stories", this::tagStories);
  }

  private static String word(Call c) {
    return c.query("word", c.path("word"));
  }

  /**
   * One page of 60 under {@code key} ({@code illustManga}, {@code illust} or {@code manga}).
   * Artworks search also splits the page into {@code illust} and {@code manga} blocks, as the
   * captured response has them.
   */
  private Reply paged(Call c, String defaultType, String key) {
    String word = word(c);
    List<Integer> ids = search.run(c, word, search.typeFilter(c.query("type", defaultType)));
    // pixiv answers a page beyond its cap with the cap page again.
    int p = Math.min(c.page(), pageCap);
    List<Integer> shown = Pages.page(ids, p, Search.PER_PAGE);
    int lastPage = Math.min(pageCap, Pages.lastPage(ids.size(), Search.PER_PAGE));
    ObjectNode body = Json.obj();
    ObjectNode block = section(c, shown, ids.size());
    withAdSlot((ArrayNode) block.get("data"));
    block.put("lastPage", lastPage);
    block.set("bookmarkRanges", bookmarkRanges());
    body.set(key, block);
    if (key.equals("illustManga")) {
      IntPredicate manga = id -> data.type(id) == FakeData.MANGA;
      body.set("illust", split(c, shown, ids, manga.negate(), lastPage));
      body.set("manga", split(c, shown, ids, manga, lastPage));
      body.set("novel", section(c, List.of(), 0));
    }
    return Reply.ok(common(c, body, word, ids));
  }

  /** pixiv mixes an ad container (no id, no work) into each page of results. */
  private static void withAdSlot(ArrayNode works) {
    if (!works.isEmpty()) {
      works.insert(Math.min(works.size(), AD_SLOT), Json.obj().put("isAdContainer", true));
    }
  }

  private ObjectNode split(Call c, List<Integer> shown, List<Integer> all, IntPredicate part, int lastPage) {
    List<Integer> page = new ArrayList<>(shown);
    page.removeIf(id -> !part.test(id));
    ObjectNode block = section(c, page, (int) all.stream().filter(part::test).count());
    block.put("lastPage", lastPage);
    return block;
  }

  private ObjectNode section(Call c, List<Integer> ids, int total) {
    ObjectNode o = Json.obj();
    o.set("data", render.thumbnails(ids, c.viewer, Render.Shape.PLAIN));
    o.put("total", total);
    return o;
  }

  private Reply top(Call c) {
    String word = word(c);
    List<Integer> ids = search.run(c, word, id -> true);
    List<Integer> illusts = new ArrayList<>(ids);
    illusts.removeIf(id -> data.type(id) == FakeData.MANGA);
    List<Integer> manga = new ArrayList<>(ids);
    manga.removeIf(id -> data.type(id) != FakeData.MANGA);
    ObjectNode body = Json.obj();
    body.set("illust", section(c, Pages.slice(illusts, 0, TOP_SECTION), illusts.size()));
    body.set("manga", section(c, Pages.slice(manga, 0, TOP_SECTION), manga.size()));
    body.set("novel", section(c, List.of(), 0));
    return Reply.ok(common(c, body, word, ids));
  }

  /** {@code popular}, {@code relatedTags}, {@code tagTranslation}, {@code zoneConfig}, {@code extraData}. */
  private ObjectNode common(Call c, ObjectNode body, String word, List<Integer> ids) {
    List<Integer> byDate = new ArrayList<>(ids);
    byDate.sort(Comparator.reverseOrder());
    Comparator<Integer> popular = Comparator.comparingInt((Integer id) -> data.bookmarks(id)).reversed();
    List<Integer> recent = new ArrayList<>(Pages.slice(byDate, 0, 300));
    recent.sort(popular);
    List<Integer> permanent = new ArrayList<>(byDate);
    permanent.sort(popular);
    ObjectNode pop = body.putObject("popular");
    pop.set("recent", render.thumbnails(Pages.slice(recent, 0, POPULAR), c.viewer, Render.Shape.PLAIN));
    pop.set("permanent", render.thumbnails(Pages.slice(permanent, 0, POPULAR), c.viewer, Render.Shape.PLAIN));
    long searched = Search.tagMask(List.of(word.split("\\s+")), true);
    List<Integer> related = search.relatedTags(byDate, searched, 16);
    ArrayNode relatedNames = body.putArray("relatedTags");
    related.forEach(t -> relatedNames.add(Vocab.tag(t).name()));
    TreeSet<Integer> translated = new TreeSet<>(related);
    for (int t = 0; t < Vocab.TAGS.size(); t++) {
      if ((searched & (1L << t)) != 0) {
        translated.add(t);
      }
    }
    body.set("tagTranslation", Json.phpMap(Render.tagTranslation(translated)));
    body.set("zoneConfig", Json.zoneConfig("header", "footer", "infeed"));
    String title = "#" + word + "のイラスト・マンガ（" + ids.size() + "件） - pixiv";
    body.set("extraData", Json.extraData(title, "#" + word + "の作品は" + ids.size() + "件投稿されています。",
        "https://www.pixiv.net/tags/" + Json.urlEncode(word)));
    return body;
  }

  private static ArrayNode bookmarkRanges() {
    ArrayNode a = Json.arr();
    a.addObject().putNull("min").putNull("max");
    for (int min : new int[] {10_000, 5_000, 1_000, 500, 300, 100, 50}) {
      a.addObject().put("min", min).putNull("max");
    }
    return a;
  }

  private Reply tagInfo(Call c) {
    String tag = c.path("tag");
    int t = Vocab.indexOf(tag);
    ObjectNode body = Json.obj();
    body.put("tag", tag);
    body.put("word", tag);
    ObjectNode pixpedia = Json.obj();
    if (t >= 0) {
      List<Integer> top = data.newest(id -> data.hasTag(id, t) && data.xRestrict(id) == 0, 1);
      pixpedia.put("abstract", "「" + tag + "」はpixivでよく使われるタグです。");
      if (!top.isEmpty()) {
        pixpedia.put("image", render.master(top.get(0), 0, "384x280_80_a2_g2"));
        pixpedia.put("id", String.valueOf(top.get(0)));
      }
      String romaji = Vocab.tag(t).romaji();
      pixpedia.put("yomigana", romaji == null ? tag : romaji);
    }
    body.set("pixpedia", Json.phpMap(pixpedia));
    ObjectNode crumbs = body.putObject("breadcrumbs");
    crumbs.set("successor", Json.arr());
    crumbs.set("current", Json.arr());
    body.set("myFavoriteTags", Json.arr());
    body.set("tagTranslation", Json.phpMap(t < 0 ? Json.obj() : Render.tagTranslation(List.of(t))));
    return Reply.ok(body);
  }

  private Reply tagStories(Call c) {
    int t = Vocab.indexOf(c.query("tag", ""));
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; t >= 0 && i < 20; i++) {
      ids.add(2000 + 7 * t - 14 * i);
    }
    ObjectNode body = Json.obj();
    body.set("tagStoryIds", Json.ids(ids));
    return Reply.ok(body);
  }
}
