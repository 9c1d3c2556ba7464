package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Users: profiles, works, following and followers, bookmarks, the account's extra data. */
final class UserRoutes {
  private static final int MAX_LIMIT = 100;
  private final FakeData data;
  private final Render render;

  UserRoutes(Render render) {
    this.render = render;
    this.data = render.data;
  }

  void register(Router r) {
    r.get("ajax/user/{id}", this::user);
    r.get("ajax/user/{id}/profile/all", this::profileAll);
    r.get("ajax/user/{id}/profile/top", this::profileTop);
    r.get("ajax/user/{id}/profile/illusts", this::profileIllusts);
    r.get("ajax/user/{id}/works/latest", this::worksLatest);
    r.get("ajax/user/{id}/illusts/tag", c -> worksByTag(c, ILLUSTS));
    r.get("ajax/user/{id}/manga/tag", c -> worksByTag(c, MANGA));
    r.get("ajax/user/{id}/illustmanga/tag", c -> worksByTag(c, ALL));
    r.login("ajax/user/{id}/following", this::following);
    r.login("ajax/user/{id}/followers", this::followers);
    r.login("ajax/user/{id}/illusts/bookmarks", this::bookmarks);
    r.login("ajax/user/{id}/illusts/bookmark/tags", this::bookmarkTags);
    r.login("ajax/user/extra", this::extra);
    r.login("ajax/sketch/live/following", c -> Reply.ok(Json.arr()));
  }

  /** The path's user id if the user exists; otherwise pixiv's 404. */
  static int userId(Call c) {
    long id = c.pathId("id");
    if (!FakeData.userExists(id)) {
      throw FakeError.notFound();
    }
    return (int) id;
  }

  private Reply user(Call c) {
    int u = userId(c);
    ObjectNode o = render.user(u, c.viewer);
    o.remove(List.of("comment", "followedBack"));
    o.putNull("sketchLiveId");
    o.set("sketchLives", Json.arr());
    if (!c.query("full", "0").equals("1")) {
      return Reply.ok(o);
    }
    String comment = data.profileText(u);
    o.put("partial", 1);
    o.put("following", data.following(u).length);
    o.put("followedBack", data.follows(u, c.viewer));
    o.put("comment", comment);
    o.put("commentHtml", comment.replace("\r\n", "<br />"));
    o.putNull("webpage");
    o.set("social", Json.arr());
    o.put("canSendMessage", c.loggedIn() && c.viewer != u);
    ObjectNode region = o.putObject("region");
    region.put("name", "日本");
    region.put("region", "JP");
    region.put("prefecture", String.valueOf(1 + data.pick(u, FakeData.S_EXTRA + 20, 47)));
    region.put("privacyLevel", "0");
    o.set("age", privateField());
    o.set("birthDay", privateField());
    o.set("gender", privateField());
    o.set("job", privateField());
    ObjectNode workspace = o.putObject("workspace");
    workspace.put("userWorkspaceTool", data.pct(u, FakeData.S_EXTRA + 21) < 50 ? "CLIP STUDIO PAINT" : "Photoshop");
    o.put("official", false);
    o.set("group", Json.arr());
    return Reply.ok(o);
  }

  private static ObjectNode privateField() {
    ObjectNode o = Json.obj();
    o.putNull("name");
    o.put("privacyLevel", "2");
    return o;
  }

  private Reply profileAll(Call c) {
    int u = userId(c);
    ObjectNode body = Json.obj();
    body.set("illusts", Json.phpMap(nullMap(data.worksNewest(u, FakeData.ILLUST), data.worksNewest(u, FakeData.UGOIRA))));
    body.set("manga", Json.phpMap(nullMap(data.worksNewest(u, FakeData.MANGA), List.of())));
    body.set("novels", Json.phpMap(NovelRoutes.profileNovels(u, c.viewer)));
    ArrayNode series = body.putArray("mangaSeries");
    int seriesId = data.seriesOfUser(u);
    if (seriesId != 0) {
      series.add(render.series(seriesId, c.viewer));
    }
    body.set("novelSeries", Json.arr());
    body.set("pickup", Json.arr());
    ObjectNode counts = body.putObject("bookmarkCount");
    for (boolean hidden : new boolean[] {false, true}) {
      ObjectNode n = counts.putObject(hidden ? "private" : "public");
      n.put("illust", hidden && c.viewer != u ? 0 : data.bookmarks(u, hidden, id -> true).size());
      n.put("novel", 0);
    }
    ObjectNode external = body.putObject("externalSiteWorksStatus");
    external.put("booth", false);
    external.put("sketch", false);
    external.put("vroidHub", false);
    ObjectNode request = body.putObject("request");
    request.put("showRequestTab", data.acceptRequest(u));
    request.put("showRequestSentTab", false);
    ObjectNode postWorks = request.putObject("postWorks");
    postWorks.set("artworks", Json.arr());
    postWorks.set("novels", Json.arr());
    return Reply.ok(body);
  }

  /** {@code {"<id>": null, …}} by descending id. */
  private static ObjectNode nullMap(List<Integer> a, List<Integer> b) {
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.reverseOrder());
    ObjectNode o = Json.obj();
    all.forEach(id -> o.putNull(String.valueOf(id)));
    return o;
  }

  private Reply profileTop(Call c) {
    int u = userId(c);
    List<Integer> illusts = new ArrayList<>(data.worksNewest(u, -1));
    illusts.removeIf(id -> data.type(id) == FakeData.MANGA);
    List<Integer> manga = data.worksNewest(u, FakeData.MANGA);
    ObjectNode body = Json.obj();
    body.set("illusts", Json.phpMap(render.thumbnailMap(Pages.slice(illusts, 0, 12), c.viewer)));
    body.set("manga", Json.phpMap(render.thumbnailMap(Pages.slice(manga, 0, 12), c.viewer)));
    body.set("novels", Json.arr());
    body.set("zoneConfig", Json.zoneConfig());
    body.set("extraData", profileMeta(u, ""));
    return Reply.ok(body);
  }

  private Reply profileIllusts(Call c) {
    int u = userId(c);
    String category = c.query("work_category", "illustManga");
    List<Integer> ids = new ArrayList<>();
    for (String s : c.queryAll("ids")) {
      long id = Call.parseId(s);
      if (data.exists(id) && data.author(id) == u && inCategory(id, category) && ids.size() < MAX_LIMIT) {
        ids.add((int) id);
      }
    }
    ObjectNode body = Json.obj();
    body.set("works", Json.phpMap(render.thumbnailMap(ids, c.viewer)));
    body.set("zoneConfig", Json.zoneConfig());
    body.set("extraData", profileMeta(u, ""));
    return Reply.ok(body);
  }

  private boolean inCategory(long id, String category) {
    boolean manga = data.type(id) == FakeData.MANGA;
    return category.equals("manga") ? manga : !category.equals("illust") || !manga;
  }

  private Reply worksLatest(Call c) {
    int u = userId(c);
    ObjectNode body = Json.obj();
    body.set("illusts", Json.phpMap(render.thumbnailMap(data.worksNewest(u, -1), c.viewer)));
    body.set("novels", Json.arr());
    return Reply.ok(body);
  }

  // pixiv's path segment: illusts (illustrations and ugoira), manga, or illustmanga (both).
  private static final int ILLUSTS = 0;
  private static final int MANGA = 1;
  private static final int ALL = -1;

  private Reply worksByTag(Call c, int kind) {
    int u = userId(c);
    int tag = Vocab.indexOf(c.query("tag", ""));
    List<Integer> ids = new ArrayList<>(data.worksNewest(u, -1));
    ids.removeIf(id -> tag < 0 || !data.hasTag(id, tag)
        || (kind == MANGA && data.type(id) != 1) || (kind == ILLUSTS && data.type(id) == 1));
    return Reply.ok(works(c, ids));
  }

  /** {@code {"works": [...], "total": n}} for an offset/limit slice. */
  private ObjectNode works(Call c, List<Integer> ids) {
    int offset = c.intQuery("offset", 0, 0, Integer.MAX_VALUE);
    int limit = c.intQuery("limit", 48, 1, MAX_LIMIT);
    ObjectNode body = Json.obj();
    body.set("works", render.thumbnails(Pages.slice(ids, offset, limit), c.viewer, Render.Shape.PLAIN));
    body.put("total", ids.size());
    return body;
  }

  private Reply following(Call c) {
    int u = userId(c);
    boolean hidden = c.query("rest", "show").equals("hide");
    int[] all = data.following(u);
    List<Integer> visible = new ArrayList<>();
    for (int f : all) {
      if (hidden ? c.viewer == u && data.followHidden(u, f) : !data.followHidden(u, f)) {
        visible.add(f);
      }
    }
    ObjectNode body = userList(c, u, visible, "のフォローユーザー");
    body.set("followUserTags", Json.arr());
    return Reply.ok(body);
  }

  private Reply followers(Call c) {
    int u = userId(c);
    List<Integer> all = new ArrayList<>();
    for (int f : data.followers(u)) {
      all.add(f);
    }
    return Reply.ok(userList(c, u, all, "のフォロワー"));
  }

  private ObjectNode userList(Call c, int owner, List<Integer> users, String titleSuffix) {
    int offset = c.intQuery("offset", 0, 0, Integer.MAX_VALUE);
    int limit = c.intQuery("limit", 24, 1, MAX_LIMIT);
    ObjectNode body = Json.obj();
    ArrayNode list = body.putArray("users");
    Pages.slice(users, offset, limit).forEach(f -> list.add(render.followUser(f, c.viewer)));
    body.put("total", users.size());
    body.set("zoneConfig", Json.zoneConfig("header", "footer", "logo", "500x500"));
    body.set("extraData", profileMeta(owner, titleSuffix));
    return body;
  }

  private ObjectNode profileMeta(int u, String titleSuffix) {
    return Json.extraData(data.userName(u) + titleSuffix + " - pixiv", data.profileText(u),
        "https://www.pixiv.net/users/" + u);
  }

  /** The bookmark tags of a work: its tags but R-18. */
  private static boolean bookmarkTag(int tag) {
    return tag != Vocab.R18;
  }

  private Reply bookmarks(Call c) {
    int u = userId(c);
    boolean hidden = c.query("rest", "show").equals("hide");
    String tag = c.query("tag", "");
    int tagIndex = Vocab.indexOf(tag);
    IntPredicate filter = tag.isEmpty() ? id -> true
        : id -> tagIndex >= 0 && bookmarkTag(tagIndex) && data.hasTag(id, tagIndex);
    List<Integer> ids = hidden && c.viewer != u ? List.of() : data.bookmarks(u, hidden, filter);
    ObjectNode body = works(c, ids);
    body.set("zoneConfig", Json.zoneConfig("header", "footer", "logo", "500x500"));
    body.set("extraData", profileMeta(u, "のブックマーク"));
    body.set("bookmarkTags", Json.arr());
    return Reply.ok(body);
  }

  private Reply bookmarkTags(Call c) {
    int u = userId(c);
    ObjectNode body = Json.obj();
    for (boolean hidden : new boolean[] {false, true}) {
      Map<Integer, Integer> counts = new LinkedHashMap<>();
      if (!hidden || c.viewer == u) {
        for (int id : data.bookmarks(u, hidden, id -> true)) {
          for (int t : data.tags(id)) {
            if (bookmarkTag(t)) {
              counts.merge(t, 1, Integer::sum);
            }
          }
        }
      }
      ArrayNode list = body.putArray(hidden ? "private" : "public");
      counts.entrySet().stream()
          .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
          .forEach(e -> list.addObject().put("tag", Vocab.tag(e.getKey()).name()).put("cnt", e.getValue()));
    }
    body.put("tooManyBookmark", false);
    body.put("tooManyBookmarkTags", false);
    return Reply.ok(body);
  }

  private Reply extra(Call c) {
    ObjectNode body = Json.obj();
    body.put("following", data.following(c.viewer).length);
    body.put("followers", data.followers(c.viewer).length);
    body.put("mypixivCount", data.mypixivUsers(c.viewer).length);
    body.putNull("background");
    return Reply.ok(body);
  }
}
