package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Artworks: details, pages, ugoira, comments, recommendations, new works, frequent tags. */
final class ArtworkRoutes {
  private static final int USER_ILLUSTS_AROUND = 3;
  private final FakeData data;
  private final Render render;

  ArtworkRoutes(Render render) {
    this.render = render;
    this.data = render.data;
  }

  void register(Router r) {
    r.get("ajax/illust/{id}", c -> Reply.ok(detail(artwork(c.pathId("id")), c.viewer, false)));
    r.get("ajax/illust/unlisted/{id}", this::unlisted);
    r.get("ajax/illust/{id}/pages", this::pages);
    r.login("ajax/illust/{id}/recommend/init", this::recommendInit);
    r.login("ajax/illust/recommend/illusts", this::recommendIllusts);
    r.get("ajax/illusts/comments/roots", this::commentRoots);
    r.get("ajax/illusts/comments/replies", this::commentReplies);
    r.get("ajax/illust/new", this::newest);
    r.get("ajax/tags/frequent/illust", this::frequentTags);
  }

  /** The artwork id if it exists; otherwise pixiv's 404. */
  long artwork(long id) {
    if (!data.exists(id)) {
      throw FakeError.notFound();
    }
    return id;
  }

  private long artwork(String id) {
    return artwork(Call.parseId(id));
  }

  private Reply unlisted(Call c) {
    long id = data.fromUnlistedId(c.path("id"));
    if (id == 0) {
      throw FakeError.notFound();
    }
    ObjectNode body = detail(id, c.viewer, true);
    body.put("unlistedId", c.path("id"));
    return Reply.ok(body);
  }

  ObjectNode detail(long id, int viewer, boolean unlisted) {
    int author = data.author(id);
    String title = data.title(id);
    String description = data.description(id);
    ObjectNode o = Json.obj();
    o.put("illustId", String.valueOf(id));
    o.put("illustTitle", title);
    o.put("illustComment", description);
    o.put("id", String.valueOf(id));
    o.put("title", title);
    o.put("description", description);
    o.put("illustType", data.type(id));
    o.put("createDate", Render.utc(data.created(id)));
    o.put("uploadDate", Render.utc(data.updated(id)));
    o.put("restrict", 0);
    o.put("xRestrict", data.xRestrict(id));
    o.put("sl", data.sl(id));
    ObjectNode urls = o.putObject("urls");
    urls.put("mini", render.square(id, "48x48"));
    urls.put("thumb", render.square(id, "250x250_80_a2"));
    urls.put("small", render.master(id, 0, "540x540_70"));
    urls.put("regular", render.master(id, 0, null));
    urls.put("original", render.original(id, 0));
    o.set("tags", tags(id, author));
    o.put("alt", render.alt(id));
    ArrayNode storable = o.putArray("storableTags");
    for (int t : data.tags(id)) {
      storable.add(data.hex(t, FakeData.S_EXTRA).substring(0, 10));
    }
    o.put("userId", String.valueOf(author));
    o.put("userName", data.userName(author));
    o.put("userAccount", data.account(author));
    o.set("userIllusts", userIllusts(id, author, viewer));
    o.put("likeData", data.liked(viewer, id));
    o.put("width", data.width(id));
    o.put("height", data.height(id));
    o.put("pageCount", data.pageCount(id));
    o.put("bookmarkCount", data.bookmarks(id));
    o.put("likeCount", data.likes(id));
    o.put("commentCount", data.commentCount(id));
    o.put("responseCount", 0);
    o.put("viewCount", data.views(id));
    o.put("bookStyle", data.type(id) == FakeData.MANGA ? data.pick(id, FakeData.S_EXTRA + 11, 2) : 0);
    o.put("isHowto", data.hasTag(id, Vocab.indexOf("講座")));
    o.put("isOriginal", data.original(id));
    o.set("imageResponseOutData", Json.arr());
    o.set("imageResponseData", Json.arr());
    o.put("imageResponseCount", 0);
    o.putNull("pollData");
    o.set("seriesNavData", seriesNav(id, viewer));
    o.putNull("descriptionBoothId");
    o.putNull("descriptionYoutubeId");
    o.putNull("comicPromotion");
    o.putNull("fanboxPromotion");
    o.set("contestBanners", Json.arr());
    o.put("isBookmarkable", true);
    render.putBookmarkData(o, viewer, id);
    o.putNull("contestData");
    o.set("zoneConfig", Json.zoneConfig("responsive", "rectangle", "500x500", "header", "footer", "expandedFooter", "logo"));
    o.set("extraData", Json.extraData(render.alt(id) + " - pixiv", description, "https://www.pixiv.net/artworks/" + id));
    o.set("titleCaptionTranslation", Render.noCaptionTranslation());
    o.put("isUnlisted", unlisted);
    o.putNull("request");
    o.put("commentOff", 0);
    o.put("aiType", 1);
    o.set("noLoginData", noLoginData(id, title));
    return o;
  }

  private ObjectNode tags(long id, int author) {
    ObjectNode o = Json.obj();
    o.put("authorId", String.valueOf(author));
    o.put("isLocked", false);
    ArrayNode list = o.putArray("tags");
    int[] tags = data.tags(id);
    for (int i = 0; i < tags.length; i++) {
      Vocab.TagDef def = Vocab.tag(tags[i]);
      boolean locked = i < 2;
      ObjectNode t = list.addObject();
      t.put("tag", def.name());
      t.put("locked", locked);
      t.put("deletable", !locked);
      if (locked) {
        t.put("userId", String.valueOf(author));
        t.put("userName", data.userName(author));
      }
      if (def.romaji() != null) {
        t.put("romaji", def.romaji());
      }
      if (def.en() != null) {
        t.putObject("translation").put("en", def.en());
      }
    }
    o.put("writable", true);
    return o;
  }

  /** Every work of the author by id, newest first: thumbnails around this one, null for the rest. */
  private ObjectNode userIllusts(long id, int author, int viewer) {
    List<Integer> works = data.worksNewest(author, -1);
    int at = works.indexOf((int) id);
    ObjectNode o = Json.obj();
    for (int i = 0; i < works.size(); i++) {
      int w = works.get(i);
      if (Math.abs(i - at) <= USER_ILLUSTS_AROUND) {
        o.set(String.valueOf(w), render.thumbnail(w, viewer, Render.Shape.PLAIN));
      } else {
        o.putNull(String.valueOf(w));
      }
    }
    return o;
  }

  private JsonNode seriesNav(long id, int viewer) {
    int series = data.seriesOf(id);
    if (series == 0) {
      return Json.nil();
    }
    List<Integer> works = data.seriesWorks(series);
    int at = works.indexOf((int) id);
    ObjectNode o = Json.obj();
    o.put("seriesType", "manga");
    o.put("seriesId", String.valueOf(series));
    o.put("title", data.seriesTitle(series));
    o.put("order", at + 1);
    o.put("isWatched", data.watching(viewer, series));
    o.put("isNotifying", data.watching(viewer, series));
    o.set("prev", neighbour(works, at - 1));
    o.set("next", neighbour(works, at + 1));
    return o;
  }

  private JsonNode neighbour(List<Integer> works, int index) {
    if (index < 0 || index >= works.size()) {
      return Json.nil();
    }
    ObjectNode o = Json.obj();
    o.put("title", data.title(works.get(index)));
    o.put("order", index + 1);
    o.put("id", String.valueOf(works.get(index)));
    o.put("available", true);
    return o;
  }

  private ObjectNode noLoginData(long id, String title) {
    ObjectNode o = Json.obj();
    ObjectNode crumbs = o.putObject("breadcrumbs");
    crumbs.set("successor", Json.arr());
    crumbs.putObject("current").put("ja", title);
    ObjectNode zengo = o.putObject("zengoWorkData");
    zengo.set("nextWork", data.exists(id + 1) ? idTitle(id + 1) : Json.nil());
    zengo.set("prevWork", data.exists(id - 1) ? idTitle(id - 1) : Json.nil());
    return o;
  }

  private ObjectNode idTitle(long id) {
    ObjectNode o = Json.obj();
    o.put("id", String.valueOf(id));
    o.put("title", data.title(id));
    return o;
  }

  private Reply pages(Call c) {
    long id = artwork(c.pathId("id"));
    ArrayNode pages = Json.arr();
    for (int p = 0; p < data.pageCount(id); p++) {
      ObjectNode page = pages.addObject();
      ObjectNode urls = page.putObject("urls");
      urls.put("thumb_mini", render.square(id, "128x128").replace("_p0_", "_p" + p + "_"));
      urls.put("small", render.master(id, p, "540x540_70"));
      urls.put("regular", render.master(id, p, null));
      urls.put("original", render.original(id, p));
      page.put("width", p == 0 ? data.width(id) : data.width(id + p));
      page.put("height", p == 0 ? data.height(id) : data.height(id + p));
    }
    return Reply.ok(pages);
  }

  /** Works sharing the most tags with {@code id} (R-18 only for R-18 works), best first. */
  private List<Integer> similar(long id, int limit) {
    long mine = data.tagBits(id) & ~(1L << Vocab.R18);
    boolean r18 = data.xRestrict(id) > 0;
    List<long[]> scored = new ArrayList<>();
    for (int other = data.count(); other >= 1; other--) {
      if (other == id || (data.xRestrict(other) > 0) != r18) {
        continue;
      }
      int shared = Long.bitCount(data.tagBits(other) & mine);
      if (shared > 0) {
        scored.add(new long[] {shared * 1000L + data.pick(FakeData.pair(id, other), FakeData.S_EXTRA + 14, 1000), other});
      }
    }
    scored.sort(Comparator.comparingLong((long[] s) -> s[0]).reversed());
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, scored.size()); i++) {
      out.add((int) scored.get(i)[1]);
    }
    return out;
  }

  private Reply recommendInit(Call c) {
    long id = artwork(c.pathId("id"));
    int limit = c.intQuery("limit", 18, 1, 180);
    List<Integer> all = similar(id, limit + 180);
    List<Integer> first = Pages.slice(all, 0, limit);
    List<Integer> next = Pages.slice(all, limit, 180);
    ObjectNode body = Json.obj();
    ArrayNode illusts = body.putArray("illusts");
    illusts.addObject().put("isAdContainer", true);
    first.forEach(w -> illusts.add(render.thumbnail(w, c.viewer, Render.Shape.RECOMMEND)));
    body.set("nextIds", Json.ids(next));
    ObjectNode details = body.putObject("details");
    for (int w : all) {
      ObjectNode d = details.putObject(String.valueOf(w));
      d.putArray("methods").add("illust_by_illust_table_mf_tda");
      d.put("score", data.pick(FakeData.pair(id, w), FakeData.S_EXTRA + 15, 1000) / 1000.0);
      d.putArray("seedIllustIds").add(String.valueOf(id));
      d.put("banditInfo", "");
      d.put("recommendListId", data.hex(id, FakeData.S_EXTRA).substring(0, 14) + "." + (10_000_000 + id));
    }
    return Reply.ok(body);
  }

  private Reply recommendIllusts(Call c) {
    List<Long> ids = new ArrayList<>();
    for (String s : c.queryAll("illust_ids")) {
      long id = Call.parseId(s);
      if (data.exists(id) && ids.size() < 100) {
        ids.add(id);
      }
    }
    ObjectNode body = Json.obj();
    body.set("illusts", render.thumbnails(ids, c.viewer, Render.Shape.RECOMMEND));
    return Reply.ok(body);
  }

  private Reply commentRoots(Call c) {
    long id = artwork(c.query("illust_id", ""));
    int offset = c.intQuery("offset", 0, 0, Integer.MAX_VALUE);
    int limit = c.intQuery("limit", 3, 1, 100);
    int total = data.commentCount(id);
    ArrayNode comments = Json.arr();
    for (int k = offset; k < Math.min(total, (long) offset + limit); k++) {
      comments.add(render.rootComment(id, k, c.viewer));
    }
    return comments(comments, (long) offset + limit < total);
  }

  private static Reply comments(ArrayNode comments, boolean hasNext) {
    ObjectNode body = Json.obj();
    body.set("comments", comments);
    body.put("hasNext", hasNext);
    return Reply.ok(body);
  }

  private Reply commentReplies(Call c) {
    long commentId = Call.parseId(c.query("comment_id", ""));
    long id = commentId / 1000;
    int k = (int) (commentId % 1000) - 1;
    if (!data.exists(id) || k < 0 || k >= data.commentCount(id)) {
      throw FakeError.notFound();
    }
    ArrayNode comments = Json.arr();
    if (c.page() == 1) {
      for (int r = 0; r < render.replyCount(id, k); r++) {
        comments.add(render.reply(id, k, r, c.viewer));
      }
    }
    return comments(comments, false);
  }

  /** {@code illust/new}: works older than {@code lastId} (or the newest for 0), newest first. */
  private Reply newest(Call c) {
    long lastId = c.intQuery("lastId", 0, 0, Integer.MAX_VALUE);
    int limit = c.intQuery("limit", 20, 1, 100);
    String type = c.query("type", "");
    boolean r18 = c.query("r18", "false").equals("true");
    long below = lastId == 0 ? Long.MAX_VALUE : lastId;
    List<Integer> ids = data.newest(id -> id < below
        && (data.xRestrict(id) > 0) == r18
        && (type.equals("manga") ? data.type(id) == FakeData.MANGA
            : !type.equals("illust") || data.type(id) != FakeData.MANGA), limit);
    ObjectNode body = Json.obj();
    body.set("illusts", render.thumbnails(ids, c.viewer, Render.Shape.NEW));
    body.put("lastId", String.valueOf(ids.isEmpty() ? lastId : ids.get(ids.size() - 1)));
    body.set("zoneConfig", Json.zoneConfig());
    body.set("extraData", Json.extraData("みんなの新着作品 - pixiv", "pixiv", "https://www.pixiv.net/new_illust.php"));
    return Reply.ok(body);
  }

  private Reply frequentTags(Call c) {
    int[] counts = new int[Vocab.TAGS.size()];
    for (String s : c.queryAll("ids")) {
      long id = Call.parseId(s);
      if (data.exists(id)) {
        for (int t : data.tags(id)) {
          counts[t]++;
        }
      }
    }
    Integer[] order = new Integer[counts.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer t) -> counts[t]).reversed());
    ArrayNode body = Json.arr();
    for (int i = 0; i < 10 && counts[order[i]] > 0; i++) {
      Vocab.TagDef def = Vocab.tag(order[i]);
      ObjectNode t = body.addObject();
      t.put("tag", def.name());
      t.put("tag_translation", def.en() == null ? "" : def.en());
    }
    return Reply.ok(body);
  }
}
