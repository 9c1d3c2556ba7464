package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The account's own pages: dashboard, settings, notifications, web push, linked services. */
final class AccountRoutes {
  private static final List<String> REACTIONS = List.of(
      "bookmarked", "nice", "emoji", "commented", "tagged", "content_response", "favorited",
      "group_content_reference", "group_like", "group_comment", "received_stacc_message", "series_watchlist_watched");
  private final FakeData data;
  private final Render render;

  AccountRoutes(Render render) {
    this.render = render;
    this.data = render.data;
  }

  void register(Router r) {
    r.login("ajax/dashboard/home", this::dashboardHome);
    r.login("ajax/dashboard/settings", c -> Reply.ok(Json.obj().putNull("view")));
    r.login("ajax/dashboard/works/illust/request_strategy", this::requestStrategy);
    r.login("ajax/settings/self", this::settings);
    r.login("ajax/notification", this::notifications);
    r.get("ajax/webpush", c -> Reply.ok(Json.obj().put("permission", "nosettings")));
    r.login("ajax/linked_service/tumeng", this::tumeng);
  }

  private Reply dashboardHome(Call c) {
    int u = c.viewer;
    ObjectNode d = Json.obj();
    d.set("recentUploadWorks", Json.arr());
    d.putObject("hotWorks").putNull("today");
    d.putObject("yearBestWork").putNull("work");
    d.putNull("achievement");
    ObjectNode summary = d.putObject("userCountSummary");
    List<Integer> works = data.worksNewest(u, -1);
    long day = Rankings.day(FakeData.ANCHOR).atTime(2, 0).toEpochSecond(FakeData.JST);
    for (int i = 0; i < 2; i++) {
      ObjectNode s = summary.putObject(i == 0 ? "today" : "yesterday");
      s.put("viewCount", works.isEmpty() ? 0 : data.views(works.get(0)) / (i + 5));
      s.put("ratingCount", works.isEmpty() ? 0 : data.likes(works.get(0)) / (i + 5));
      s.put("bookmarkCount", works.isEmpty() ? 0 : data.bookmarks(works.get(0)) / (i + 5));
      s.put("commentCount", i);
      s.put("reportedAt", Render.minutes(day - i * 86_400L) + ":00");
    }
    d.set("contests", Json.arr());
    Store store = new Store(render, u);
    int tag = Vocab.indexOf("猫");
    ObjectNode anniversary = d.putObject("todayAnniversary");
    anniversary.put("tag", Vocab.tag(tag).name());
    anniversary.set("illustIds", Json.ids(store.artworksAnd(data.newest(id -> data.hasTag(id, tag) && data.xRestrict(id) == 0, 6))));
    anniversary.put("isMuted", false);
    d.set("mangadayInfo", Json.arr());
    ObjectNode body = Json.obj();
    body.set("data", d);
    body.set("zoneConfig", Json.zoneConfig("dashboard_home"));
    return Reply.ok(store.tag(tag).fill(body));
  }

  private Reply requestStrategy(Call c) {
    ObjectNode d = Json.obj();
    for (String key : new String[] {"works", "series", "drafts", "reservedWorks", "fetchRanges"}) {
      d.set(key, Json.arr());
    }
    ObjectNode body = Json.obj();
    body.set("data", d);
    return Reply.ok(new Store(render, c.viewer).fill(body));
  }

  private Reply settings(Call c) {
    int u = c.viewer;
    ObjectNode status = Json.obj();
    status.put("user_id", String.valueOf(u));
    status.put("user_status", "0");
    status.put("user_account", data.account(u));
    status.put("user_name", data.userName(u));
    status.put("user_premium", data.premium(u) ? "1" : "0");
    status.put("user_birth", "2000-01-01");
    status.put("user_x_restrict", "1");
    status.put("user_create_time", Render.minutes(FakeData.ANCHOR - 3 * 365 * 86_400L) + ":00");
    status.put("user_mail_address", data.account(u) + "@example.invalid");
    status.put("is_illust_creator", !data.worksNewest(u, -1).isEmpty());
    status.put("is_novel_creator", false);
    status.put("hide_ai_works", false);
    status.put("read_sensitive", false);
    status.putObject("profile_img").put("main", data.avatar(u, 170));
    ObjectNode body = Json.obj();
    body.set("user_status", status);
    return Reply.ok(body);
  }

  private Reply notifications(Call c) {
    ObjectNode body = Json.obj();
    ArrayNode items = body.putArray("items");
    int[] followers = data.followers(c.viewer);
    List<Integer> mine = data.worksNewest(c.viewer, -1);
    for (int i = 0; i < Math.min(5, followers.length); i++) {
      int from = followers[i];
      ObjectNode n = items.addObject();
      n.put("id", String.valueOf(400_000_000L + FakeData.pair(c.viewer, i)));
      n.put("type", mine.isEmpty() ? "followed" : "bookmarked");
      n.put("unread", i < 2);
      n.put("notifiedAt", Render.jst(FakeData.ANCHOR - i * 3_600L));
      n.put("linkUrl", mine.isEmpty() ? "/users/" + from : "/artworks/" + mine.get(0));
      n.put("iconUrl", data.avatar(from, 50));
      n.put("targetBlank", false);
      n.put("isProfileIcon", true);
      n.put("content", "<span>" + data.userName(from) + "</span>さんが"
          + (mine.isEmpty() ? "あなたをフォローしました" : "あなたの作品をブックマークしました"));
    }
    body.put("remaining_unread_count", 0);
    body.put("imageResponseCount", 0);
    body.put("quotationCount", 0);
    body.put("isNotAuthorized", false);
    body.putObject("filter").set("reactions", Json.strings(REACTIONS));
    return Reply.ok(body);
  }

  private static final int TUMENG_PAGE = 3;
  private static final int TUMENG_WORKS = 5;

  private Reply tumeng(Call c) {
    int u = c.viewer;
    ObjectNode user = Json.obj();
    user.put("id", String.valueOf(u));
    user.put("name", data.userName(u));
    user.put("comment", data.profileText(u));
    user.put("profileImageUrl", data.avatar(u, 170));
    user.put("followerCount", 0);
    user.put("linkState", "disconnected");
    user.putNull("updateDatetime");
    user.put("enableCustomProfile", false);
    user.putNull("customProfile");
    user.put("profileImageConfigured", true);
    user.putObject("meta").put("f0", false);
    ObjectNode page = Json.obj();
    page.set("user", user);
    // The captures only ever show no works; the fake shares a few (id and title) over two pages of 3.
    int p = c.intQuery("page", 1, 1, 100_000);
    ArrayNode works = Json.arr();
    for (int i = (p - 1) * TUMENG_PAGE; i < Math.min(p * TUMENG_PAGE, TUMENG_WORKS); i++) {
      works.addObject().put("id", String.valueOf(100 + i)).put("title", data.title(100 + i));
    }
    page.set("works", works);
    page.put("totalItemCount", TUMENG_WORKS);
    ObjectNode body = Json.obj();
    body.set("page", page);
    return Reply.ok(new Store(render, u).fill(body));
  }
}
