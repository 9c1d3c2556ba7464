package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** pixiv Requests (commissions): the overview, completed and in-progress requests, creators. */
final class CommissionRoutes {
  private static final int REQUESTS_PER_PAGE = 24;
  private static final int CREATORS_PER_PAGE = 48;
  private static final List<String> WORK_TYPES = List.of("illust", "manga", "ugoira");
  private final FakeData data;
  private final Render render;

  CommissionRoutes(Render render) {
    this.render = render;
    this.data = render.data;
  }

  void register(Router r) {
    r.get("ajax/commission/page/request", this::overview);
    r.get("ajax/commission/page/request/complete/{type}", this::complete);
    r.get("ajax/commission/page/request/creators/{type}", this::creators);
    r.get("ajax/commission/page/request/in_progress/{type}", this::inProgress);
  }

  private static int workType(String type) {
    int t = WORK_TYPES.indexOf(type);
    if (t < 0) {
      throw FakeError.badRequest("Invalid work type: " + type);
    }
    return t;
  }

  /** Completed requests of a work type, newest first. */
  private List<Long> completed(int type, IntPredicate mode, int limit) {
    List<Long> out = new ArrayList<>();
    data.newest(id -> data.type(id) == type && data.requestWork(id) && mode.test(id), limit)
        .forEach(id -> out.add(FakeData.requestIdOfWork(id)));
    return out;
  }

  /** In-progress requests of a work type (-1: all), newest first; none in R-18 mode. */
  private List<Long> inProgress(int type, String mode) {
    List<Long> out = new ArrayList<>();
    for (long r = FakeData.IN_PROGRESS_REQUESTS; r >= 1 && !mode.equals("r18"); r--) {
      if (type < 0 || data.requestType(r) == type) {
        out.add(r);
      }
    }
    return out;
  }

  /** Creators accepting requests who have works of {@code type}, by descending id. */
  private List<Integer> creators(int type) {
    List<Integer> out = new ArrayList<>();
    int[] all = data.requestCreators();
    for (int i = all.length - 1; i >= 0; i--) {
      if (!data.worksNewest(all[i], type).isEmpty()) {
        out.add(all[i]);
      }
    }
    return out;
  }

  private Reply overview(Call c) {
    Store store = new Store(render, c.viewer);
    IntPredicate all = id -> true;
    ObjectNode page = Json.obj();
    page.set("completeRequestIdsIllust", Json.ids(requests(store, completed(FakeData.ILLUST, all, 24))));
    page.set("completeRequestIdsManga", Json.ids(requests(store, completed(FakeData.MANGA, all, 24))));
    page.set("completeRequestIdsNovels", Json.arr());
    page.set("inProgressRequestIds", Json.ids(requests(store, Pages.slice(inProgress(-1, "all"), 0, 12))));
    List<Integer> creators = Pages.slice(creators(-1), 0, 12);
    store.users(creators);
    page.set("creatorUserIds", Json.ids(creators));
    boolean[] accepting = new boolean[FakeData.USERS + 1];
    for (int u : data.requestCreators()) {
      accepting[u] = true;
    }
    List<Integer> recent = data.newest(id -> accepting[data.author(id)] && data.xRestrict(id) == 0, 50);
    page.set("recentIllustIdsByCreatorAcceptingRequest", Json.ids(store.artworksAnd(recent)));
    List<Integer> recommended = data.picks(c.viewer, FakeData.S_EXTRA + 50, 12, data.count(),
        id -> accepting[data.author(id)] && data.xRestrict(id) == 0);
    page.set("recommendIllustIdsByCreatorAcceptingRequest", Json.ids(store.artworksAnd(recommended)));
    ArrayNode userList = page.putArray("userList");
    for (int u : creators.subList(0, Math.min(10, creators.size()))) {
      ObjectNode entry = userList.addObject();
      entry.put("id", String.valueOf(u));
      entry.set("illustIds", Json.ids(store.artworksAnd(Pages.slice(data.worksNewest(u, -1), 0, 4))));
    }
    ObjectNode body = Json.obj();
    body.set("page", page);
    return Reply.ok(store.fill(body));
  }

  private static List<Long> requests(Store store, List<Long> ids) {
    store.requests(ids);
    return ids;
  }

  private Reply complete(Call c) {
    String type = c.path("type");
    List<Long> all = completed(workType(type), data.mode(c.query("mode", "all")), Integer.MAX_VALUE);
    return requestPage(c, type, all, "recommendRequestIds", c.page() == 1 ? Pages.slice(all, 24, 12) : List.of());
  }

  private Reply inProgress(Call c) {
    String type = c.path("type");
    List<Long> all = inProgress(type.equals("all") ? -1 : workType(type), c.query("mode", "all"));
    return requestPage(c, type, all, "followRequestIds", List.of());
  }

  /** A page of 24 requests, plus a first list ({@code recommendRequestIds} or {@code followRequestIds}). */
  private Reply requestPage(Call c, String type, List<Long> all, String extraKey, List<Long> extra) {
    int p = c.page();
    Store store = new Store(render, c.viewer);
    ObjectNode page = Json.obj();
    page.set(extraKey, Json.ids(requests(store, extra)));
    page.set("requestIds", Json.ids(requests(store, Pages.page(all, p, REQUESTS_PER_PAGE))));
    return listPage(store, page, type, c.query("mode", "all"), Pages.pager(all.size(), p, REQUESTS_PER_PAGE));
  }

  private Reply creators(Call c) {
    int type = workType(c.path("type"));
    int p = c.page();
    List<Integer> all = creators(type);
    List<Integer> shown = Pages.page(all, p, CREATORS_PER_PAGE);
    Store store = new Store(render, c.viewer).users(shown);
    ObjectNode page = Json.obj();
    List<Integer> followed = new ArrayList<>(all);
    followed.removeIf(u -> p != 1 || !data.follows(c.viewer, u));
    page.set("followCreatorUserIds", Json.ids(followed));
    page.set("creatorUserIds", Json.ids(shown));
    return listPage(store, page, c.path("type"), c.query("mode", "all"), Pages.pager(all.size(), p, CREATORS_PER_PAGE));
  }

  private static Reply listPage(Store store, ObjectNode page, String type, String mode, ObjectNode pager) {
    page.put("workType", type);
    page.put("mode", mode);
    page.set("pager", pager);
    ObjectNode body = Json.obj();
    body.set("page", page);
    return Reply.ok(store.fill(body));
  }
}
