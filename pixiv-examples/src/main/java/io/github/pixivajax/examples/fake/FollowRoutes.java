package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Following users and watching series (writes on pixiv's legacy PHP forms and the Ajax series
 * routes), tag suggestions, search-box completion and a user's tags with counts.
 */
final class FollowRoutes {
  private static final int SUGGESTED_TAGS = 6;
  private static final int IDS_PER_TAG = 3;
  private static final int CANDIDATES = 10;
  private final FakeData data;
  private final Render render;

  FollowRoutes(Render render) {
    this.render = render;
    this.data = render.data;
  }

  void register(Router r) {
    r.post("bookmark_add.php", this::follow);
    r.post("rpc_group_setting.php", this::unfollow);
    r.post("rpc/index.php", this::rpc);
    for (String action : new String[] {"watch", "unwatch", "watchlist/notification/turn_on", "watchlist/notification/turn_off"}) {
      r.post("ajax/{kind}/series/{id}/" + action, c -> watch(c, action));
    }
    r.get("ajax/search/suggestion", this::suggestion);
    r.get("ajax/tags/suggest_by_word", this::suggestByWord);
    r.login("rpc/cps.php", this::autocomplete);
    r.get("ajax/user/{id}/illusts/tags", this::userTags);
    r.get("ajax/user/{id}/novels/tags", c -> {
      userOf(c);
      return Reply.ok(Json.arr()); // the fake has no novels
    });
  }

  private static String field(Map<String, List<String>> form, String name) {
    List<String> v = form.get(name);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  /** A user to follow: known and not the viewer; anything else is pixiv's 400. */
  private static int target(Call c, String value) {
    long u;
    try {
      u = Call.parseId(value);
    } catch (FakeError e) {
      throw FakeError.badRequest("Invalid user_id");
    }
    if (!FakeData.userExists(u) || u == c.viewer) {
      throw FakeError.badRequest("Invalid user_id");
    }
    return (int) u;
  }

  private static boolean restrict(String value) {
    if (!value.equals("0") && !value.equals("1")) {
      throw FakeError.badRequest("Invalid restrict");
    }
    return value.equals("1");
  }

  /** {@code mode=add&type=user&user_id=&tag=&restrict=&format=json}: answers a bare {@code []}. */
  private Reply follow(Call c) {
    Map<String, List<String>> form = c.formBody();
    if (!field(form, "mode").equals("add") || !field(form, "type").equals("user")) {
      throw FakeError.badRequest("Invalid mode");
    }
    data.setFollow(c.viewer, target(c, field(form, "user_id")), true, restrict(field(form, "restrict")));
    return Reply.raw(200, Json.arr());
  }

  /** {@code mode=del&type=bookuser&id=}: answers the type and id, without envelope. */
  private Reply unfollow(Call c) {
    Map<String, List<String>> form = c.formBody();
    if (!field(form, "mode").equals("del") || !field(form, "type").equals("bookuser")) {
      throw FakeError.badRequest("Invalid mode");
    }
    int u = target(c, field(form, "id"));
    data.setFollow(c.viewer, u, false, false);
    return Reply.raw(200, Json.obj().put("type", "bookuser").put("id", String.valueOf(u)));
  }

  /** {@code mode=following_user_restrict_change&user_id=&restrict=}, for users the viewer follows. */
  private Reply rpc(Call c) {
    Map<String, List<String>> form = c.formBody();
    if (!field(form, "mode").equals("following_user_restrict_change")) {
      throw FakeError.badRequest("Invalid mode");
    }
    int u = target(c, field(form, "user_id"));
    if (!data.follows(c.viewer, u)) {
      throw FakeError.badRequest("You are not following this user");
    }
    data.setFollow(c.viewer, u, true, restrict(field(form, "restrict")));
    return Reply.ok(Json.arr());
  }

  /** Manga series must exist; the fake has no novels, so any novel series id is accepted. */
  private Reply watch(Call c, String action) {
    String kind = c.path("kind");
    long id = c.pathId("id");
    if (!kind.equals("illust") && !kind.equals("novel")) {
      throw FakeError.notFound();
    }
    if (kind.equals("illust") && !data.seriesExists(id)) {
      throw new FakeError(404, "該当シリーズは削除されたか、存在しないシリーズIDです。");
    }
    if (kind.equals("illust") && (action.equals("watch") || action.equals("unwatch"))) {
      data.setWatching(c.viewer, id, action.equals("watch"));
    }
    return Reply.ok(Json.obj());
  }

  // ---- suggestions ----

  /** Tags by how many works carry them, most first. */
  private List<Integer> tagsByUse(int[] works) {
    int[] counts = new int[Vocab.TAGS.size()];
    for (int id : works) {
      for (int t : data.tags(id)) {
        counts[t]++;
      }
    }
    List<Integer> tags = new ArrayList<>();
    for (int t = 0; t < counts.length; t++) {
      if (counts[t] > 0) {
        tags.add(t);
      }
    }
    tags.sort(Comparator.comparingInt((Integer t) -> counts[t]).reversed().thenComparing(t -> t));
    return tags;
  }

  private Reply suggestion(Call c) {
    boolean r18 = c.query("mode", "all").equals("r18");
    List<Integer> recent = data.newest(id -> (data.xRestrict(id) > 0) == r18, 300);
    List<Integer> ranked = tagsByUse(recent.stream().mapToInt(Integer::intValue).toArray());
    ranked.removeIf(t -> !r18 && t == Vocab.R18);
    Set<Integer> thumbnails = new LinkedHashSet<>();
    ObjectNode body = Json.obj();
    body.putObject("popularTags").<ObjectNode>set("illust", tagGroup(ranked, 0, recent, thumbnails)).set("novel", Json.arr());
    body.putObject("recommendTags").set("illust", tagGroup(ranked, SUGGESTED_TAGS, recent, thumbnails));
    body.putObject("recommendByTags").set("illust", tagGroup(ranked, 2 * SUGGESTED_TAGS, recent, thumbnails));
    ArrayNode favorites = body.putArray("myFavoriteTags");
    if (c.loggedIn()) {
      for (int t : data.picks(c.viewer, FakeData.S_EXTRA + 70, 2, Vocab.TAGS.size(), t -> t - 1 != Vocab.R18)) {
        favorites.add(Vocab.tag(t - 1).name());
      }
    }
    body.set("tagTranslation", Json.phpMap(Render.tagTranslation(ranked.subList(0, Math.min(ranked.size(), 3 * SUGGESTED_TAGS)))));
    body.set("thumbnails", render.thumbnails(new ArrayList<>(thumbnails), c.viewer, Render.Shape.PLAIN));
    return Reply.ok(body);
  }

  private ArrayNode tagGroup(List<Integer> ranked, int from, List<Integer> works, Set<Integer> thumbnails) {
    ArrayNode group = Json.arr();
    for (int t : ranked.subList(Math.min(from, ranked.size()), Math.min(from + SUGGESTED_TAGS, ranked.size()))) {
      List<Integer> ids = works.stream().filter(id -> data.hasTag(id, t)).limit(IDS_PER_TAG).toList();
      thumbnails.addAll(ids);
      group.addObject().put("tag", Vocab.tag(t).name()).set("ids", Json.ids(ids));
    }
    return group;
  }

  /** Vocabulary tags whose name (or English or romaji) starts with or contains {@code word}. */
  private List<Integer> matching(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<Integer> prefix = new ArrayList<>();
    List<Integer> partial = new ArrayList<>();
    for (int t = 0; t < Vocab.TAGS.size(); t++) {
      Vocab.TagDef def = Vocab.tag(t);
      if (def.name().startsWith(word)) {
        prefix.add(t);
      } else if (def.matchesPartly(lower)) {
        partial.add(t);
      }
    }
    prefix.addAll(partial);
    return prefix.subList(0, Math.min(CANDIDATES, prefix.size()));
  }

  private int works(int tag) {
    return data.newest(id -> data.hasTag(id, tag), Integer.MAX_VALUE).size();
  }

  private Reply suggestByWord(Call c) {
    String word = c.query("word", "").trim();
    if (word.isEmpty()) {
      throw FakeError.badRequest("Invalid parameter: word");
    }
    List<String> counted = c.queryAll("content_types_to_count");
    ArrayNode candidates = Json.arr();
    for (int t : matching(word)) {
      Vocab.TagDef def = Vocab.tag(t);
      int n = works(t);
      ObjectNode o = candidates.addObject();
      o.put("tag_name", def.name());
      if (def.en() != null) {
        o.put("tag_translation", def.en());
      }
      if (counted.isEmpty() || counted.contains("illust")) {
        o.put("illust_count", n);
      }
      if (counted.contains("novel")) {
        o.put("novel_count", 0);
      }
      o.put("total_count", n);
      o.put("type", def.name().startsWith(word) ? "prefix" : "tag_translation");
    }
    return Reply.ok(Json.obj().set("candidates", candidates));
  }

  /** {@code rpc/cps.php}: no envelope; {@code access_count} is a string, as on pixiv. */
  private Reply autocomplete(Call c) {
    String keyword = c.query("keyword", "").trim();
    ArrayNode candidates = Json.arr();
    for (int t : keyword.isEmpty() ? List.<Integer>of() : matching(keyword)) {
      Vocab.TagDef def = Vocab.tag(t);
      ObjectNode o = candidates.addObject();
      o.put("tag_name", def.name());
      o.put("access_count", String.valueOf(works(t) * 37L + data.pick(t, FakeData.S_EXTRA + 71, 1000)));
      if (def.en() != null) {
        o.put("tag_translation", def.en());
      }
      o.put("type", def.name().startsWith(keyword) ? "prefix" : "tag_translation");
    }
    return Reply.raw(200, Json.obj().set("candidates", candidates));
  }

  private static int userOf(Call c) {
    long u = c.pathId("id");
    if (!FakeData.userExists(u)) {
      throw FakeError.notFound();
    }
    return (int) u;
  }

  private Reply userTags(Call c) {
    int[] works = data.works(userOf(c));
    int[] counts = new int[Vocab.TAGS.size()];
    for (int id : works) {
      for (int t : data.tags(id)) {
        counts[t]++;
      }
    }
    ArrayNode list = Json.arr();
    for (int t : tagsByUse(works)) {
      ObjectNode o = list.addObject();
      o.put("tag", Vocab.tag(t).name());
      o.put("cnt", counts[t]);
      String en = Vocab.tag(t).en();
      o.put("tag_translation", en == null ? "" : en);
    }
    return Reply.ok(list);
  }
}
