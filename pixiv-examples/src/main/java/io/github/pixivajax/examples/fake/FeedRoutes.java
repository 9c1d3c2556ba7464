package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/** Feed-like pages with pixiv's normalized store: top, follow_latest, My pixiv, watch list, discovery, series. */
final class FeedRoutes {
  static final int PER_PAGE = 60;
  private static final int WATCH_LIST_PER_PAGE = 20;
  private static final int SERIES_PER_PAGE = 12;
  private final FakeData data;
  private final Render render;
  private final Rankings rankings;

  FeedRoutes(Render render, Rankings rankings) {
    this.render = render;
    this.data = render.data;
    this.rankings = rankings;
  }

  void register(Router r) {
    r.login("ajax/top/illust", this::top);
    r.login("ajax/follow_latest/illust", c -> latest(c, data.following(c.viewer)));
    r.login("ajax/mypixiv_latest/illust", c -> latest(c, data.mypixivUsers(c.viewer)));
    r.login("ajax/watch_list/manga", this::watchList);
    r.login("ajax/discovery/artworks", this::discoveryArtworks);
    r.login("ajax/discovery/users", this::discoveryUsers);
    r.login("ajax/discovery/artworks/meta", c -> Reply.ok(discoveryMeta()));
    r.login("ajax/discovery/users/meta", c -> Reply.ok(discoveryMeta()));
    r.get("ajax/series/{id}", this::series);
  }

  /** Newest works by {@code authors}, 60 a page, with {@code isLastPage}. */
  private Reply latest(Call c, int[] authors) {
    boolean[] by = new boolean[FakeData.USERS + 1];
    for (int u : authors) {
      by[u] = true;
    }
    int p = c.page();
    IntPredicate mode = data.mode(c.query("mode", "all"));
    List<Integer> upTo = data.newest(id -> by[data.author(id)] && mode.test(id), p * PER_PAGE + 1);
    List<Integer> ids = Pages.page(upTo, p, PER_PAGE);
    ObjectNode page = Json.obj();
    page.set("ids", Json.numbers(ids));
    page.put("isLastPage", upTo.size() <= p * PER_PAGE);
    page.set("tags", Json.arr());
    ObjectNode body = Json.obj();
    body.set("page", page);
    new Store(render, c.viewer).artworks(ids).fill(body);
    body.set("zoneConfig", Json.zoneConfig());
    return Reply.ok(body);
  }

  private Reply top(Call c) {
    int v = c.viewer;
    String modeName = c.query("mode", "all");
    IntPredicate mode = data.mode(modeName);
    Store store = new Store(render, v);
    ObjectNode page = Json.obj();

    List<Integer> favorites = favoriteTags(v);
    ArrayNode tags = page.putArray("tags");
    ArrayNode trending = Json.arr();
    for (int t : favorites) {
      List<Integer> ids = data.newest(id -> data.hasTag(id, t) && mode.test(id), 4);
      store.artworks(ids);
      tags.addObject().put("tag", Vocab.tag(t).name()).set("ids", Json.numbers(ids));
      ObjectNode tr = trending.addObject();
      tr.put("tag", Vocab.tag(t).name());
      tr.put("trendingRate", 1 + data.pick(t, FakeData.S_EXTRA + 30, 9));
      tr.set("ids", Json.numbers(ids));
    }
    List<Integer> follow = data.newest(id -> data.follows(v, data.author(id)) && mode.test(id), 48);
    page.set("follow", Json.numbers(store.artworksAnd(follow)));
    page.set("mypixiv", Json.arr());

    List<Integer> recommended = data.picks(v, FakeData.S_EXTRA + 31, 18, data.count(), mode);
    ObjectNode recommend = page.putObject("recommend");
    recommend.set("ids", Json.ids(store.artworksAnd(recommended)));
    recommend.set("details", details(recommended, "illust_by_illust_table_bq_recommendation", v));
    ArrayNode byTag = page.putArray("recommendByTag");
    for (int t : favorites.subList(0, 3)) {
      List<Integer> ids = Pages.slice(data.newest(id -> data.hasTag(id, t) && mode.test(id), 16), 4, 12);
      ObjectNode entry = byTag.addObject();
      entry.put("tag", Vocab.tag(t).name());
      entry.set("ids", Json.ids(store.artworksAnd(ids)));
      entry.set("details", details(ids, "by_tag", 0));
    }
    ObjectNode ranking = page.putObject("ranking");
    int[] daily = rankings.ranking(modeName.equals("r18") ? "daily_r18" : "daily", "all", Rankings.latest());
    ArrayNode items = ranking.putArray("items");
    for (int i = 0; i < Math.min(50, daily.length); i++) {
      store.artwork(daily[i]);
      items.addObject().put("rank", String.valueOf(i + 1)).put("id", String.valueOf(daily[i]));
    }
    ranking.put("date", Rankings.latest().toString().replace("-", ""));
    page.set("pixivision", Json.arr());
    ArrayNode recommendUsers = page.putArray("recommendUser");
    for (int u : data.picks(v, FakeData.S_EXTRA + 32, 6, FakeData.USERS, u -> u != v && !data.follows(v, u))) {
      List<Integer> works = Pages.slice(data.worksNewest(u, -1), 0, 3);
      ObjectNode ru = recommendUsers.addObject();
      ru.put("id", u);
      ru.set("illustIds", Json.ids(store.artworksAnd(works)));
      ru.set("novelIds", Json.arr());
      store.user(u);
    }
    page.set("contestOngoing", Json.arr());
    page.set("contestResult", Json.arr());
    ArrayNode editor = page.putArray("editorRecommend");
    for (int id : data.picks(v, FakeData.S_EXTRA + 33, 3, data.count(), mode)) {
      store.artwork(id);
      editor.addObject().put("illustId", String.valueOf(id)).put("comment", data.title(id) + "：編集部のおすすめです。");
    }
    page.set("boothFollowItemIds", Json.arr());
    page.set("sketchLiveFollowIds", Json.arr());
    page.set("sketchLivePopularIds", Json.arr());
    ArrayNode favoriteNames = page.putArray("myFavoriteTags");
    favorites.forEach(t -> favoriteNames.add(Vocab.tag(t).name()));
    page.set("newPost", Json.ids(store.artworksAnd(data.newest(mode, 24))));
    page.set("trendingTags", trending);
    List<Long> requests = new ArrayList<>();
    data.newest(id -> data.requestWork(id) && mode.test(id), 6).forEach(id -> requests.add(FakeData.requestIdOfWork(id)));
    store.requests(requests);
    page.set("completeRequestIds", Json.ids(requests));
    page.set("userEventIds", Json.arr());

    ObjectNode body = store.fill(Json.obj());
    body.set("page", page);
    body.set("boothItems", Json.arr());
    body.set("sketchLives", Json.arr());
    body.set("zoneConfig", Json.zoneConfig("logo", "header", "footer", "topbranding_rectangle", "comic", "illusttop_appeal"));
    return Reply.ok(body);
  }

  /** 原神 and four more tags the viewer likes. */
  private List<Integer> favoriteTags(int v) {
    List<Integer> tags = new ArrayList<>(List.of(Vocab.GENSHIN));
    int general = Vocab.GENERAL_TO - Vocab.GENERAL_FROM;
    for (int pick : data.picks(v, FakeData.S_EXTRA + 34, 4, general, t -> Vocab.GENERAL_FROM + t - 1 != Vocab.MANGA)) {
      tags.add(Vocab.GENERAL_FROM + pick - 1);
    }
    return tags;
  }

  /** Recommendation {@code details}: id → methods, score, seed works. */
  private ObjectNode details(List<Integer> ids, String method, int viewer) {
    ObjectNode o = Json.obj();
    for (int id : ids) {
      ObjectNode d = o.putObject(String.valueOf(id));
      d.putArray("methods").add(method);
      d.put("score", viewer == 0 ? 0 : data.pick(id, FakeData.S_EXTRA + 35, 1000) / 1000.0);
      ArrayNode seeds = d.putArray("seedIllustIds");
      if (viewer != 0) {
        seeds.add(String.valueOf(1 + data.pick(id, FakeData.S_EXTRA + 36, data.count())));
      }
    }
    return o;
  }

  private Reply watchList(Call c) {
    List<Integer> watched = new ArrayList<>();
    for (int u = FakeData.USERS; u >= 1; u--) {
      int s = data.seriesOfUser(u);
      if (s != 0 && data.watching(c.viewer, s)) {
        watched.add(s);
      }
    }
    int p = c.page();
    List<Integer> shown = Pages.page(watched, p, WATCH_LIST_PER_PAGE);
    Store store = new Store(render, c.viewer);
    for (int s : shown) {
      List<Integer> works = data.seriesWorks(s);
      store.series(s).artwork(works.get(works.size() - 1)).user(data.seriesUser(s));
    }
    ObjectNode page = Json.obj();
    page.put("total", String.valueOf(watched.size()));
    page.put("maxPage", Pages.lastPage(watched.size(), WATCH_LIST_PER_PAGE));
    page.set("watchedSeriesIds", Json.ids(shown));
    ObjectNode body = Json.obj();
    body.set("page", page);
    body.set("zoneConfig", Json.zoneConfig());
    body.set("extraData", Json.extraData("マンガウォッチリスト - pixiv", "pixiv", "https://www.pixiv.net/following/watchlist/manga"));
    return Reply.ok(store.fill(body));
  }

  /** Other works on every poll. */
  private Reply discoveryArtworks(Call c) {
    long poll = data.nextPoll();
    int limit = c.intQuery("limit", 60, 1, 100);
    List<Integer> ids = data.picks(poll, FakeData.S_EXTRA + 37, limit, data.count(), data.mode(c.query("mode", "all")));
    Store store = new Store(render, c.viewer).artworks(ids);
    ArrayNode recommended = Json.arr();
    for (int id : ids) {
      ObjectNode r = recommended.addObject();
      r.put("illustId", String.valueOf(id));
      r.putArray("recommendMethods").add("illust_for_user_tda000");
      r.put("recommendScore", data.pick(FakeData.pair(poll, id), FakeData.S_EXTRA + 38, 10_000) / 1000.0);
      r.putArray("recommendSeedIllustIds").add(String.valueOf(1 + data.pick(id, FakeData.S_EXTRA + 39, data.count())));
    }
    ObjectNode body = store.fill(Json.obj());
    body.set("recommendedIllusts", recommended);
    return Reply.ok(body);
  }

  private Reply discoveryUsers(Call c) {
    long poll = data.nextPoll();
    int limit = c.intQuery("limit", 20, 1, 100);
    int v = c.viewer;
    List<Integer> users = data.picks(poll, FakeData.S_EXTRA + 40, limit, FakeData.USERS,
        u -> u != v && !data.follows(v, u) && data.works(u).length > 0);
    Store store = new Store(render, v).users(users);
    ArrayNode recommended = Json.arr();
    for (int u : users) {
      ObjectNode r = recommended.addObject();
      r.put("userId", String.valueOf(u));
      r.set("recentIllustIds", Json.ids(store.artworksAnd(Pages.slice(data.worksNewest(u, -1), 0, 3))));
      r.set("recentNovelIds", Json.arr());
    }
    ObjectNode body = store.fill(Json.obj());
    body.set("recommendedUsers", recommended);
    return Reply.ok(body);
  }

  private static ObjectNode discoveryMeta() {
    ObjectNode body = Json.obj();
    body.set("zoneConfig", Json.zoneConfig());
    ObjectNode meta = body.putObject("meta");
    meta.put("title", "[pixiv] ディスカバリー");
    meta.put("description", false);
    return body;
  }

  private Reply series(Call c) {
    long s = c.pathId("id");
    if (!data.seriesExists(s)) {
      throw FakeError.notFound();
    }
    List<Integer> works = data.seriesWorks(s);
    int total = works.size();
    List<Integer> newestFirst = new ArrayList<>(works);
    Collections.reverse(newestFirst);
    Store store = new Store(render, c.viewer).series(s).user(data.seriesUser(s));
    ObjectNode page = Json.obj();
    ArrayNode list = page.putArray("series");
    for (int id : Pages.page(newestFirst, c.page(), SERIES_PER_PAGE)) {
      store.artwork(id);
      list.addObject().put("workId", String.valueOf(id)).put("order", works.indexOf(id) + 1);
    }
    page.put("isSetCover", false);
    page.put("seriesId", s);
    page.put("otherSeriesId", "0");
    page.set("recentUpdatedWorkIds", Json.numbers(Pages.slice(newestFirst, 0, 3)));
    page.put("total", total);
    page.put("isWatched", data.watching(c.viewer, s));
    page.put("isNotifying", data.watching(c.viewer, s));
    ObjectNode body = store.fill(Json.obj());
    body.set("page", page);
    body.set("zoneConfig", Json.zoneConfig());
    body.set("extraData", Json.extraData(data.seriesTitle(s) + " - pixiv", "", "https://www.pixiv.net/user/" + data.seriesUser(s) + "/series/" + s));
    return Reply.ok(body);
  }
}
