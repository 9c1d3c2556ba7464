package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code ranking.php?format=json}: no envelope, 50 a page, {@code next}/{@code prev} page or false. */
final class RankingRoutes {
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");
  private final FakeData data;
  private final Render render;
  private final Rankings rankings;

  RankingRoutes(Render render, Rankings rankings) {
    this.render = render;
    this.data = render.data;
    this.rankings = rankings;
  }

  void register(Router r) {
    r.get("ranking.php", this::ranking);
    r.get("touch/ajax/ranking/illust", this::touchRanking);
  }

  /** The mobile site's ranking: ids and ranks only, 50 a page, {@code next} page or false. */
  private Reply touchRanking(Call c) {
    String mode = c.query("mode", "daily");
    String type = c.query("type", "all");
    if (!Rankings.MODES.contains(mode) || !Rankings.CONTENTS.contains(type)) {
      throw FakeError.badRequest("Invalid ranking mode or type");
    }
    if (Rankings.r18(mode) && !c.loggedIn()) {
      throw new FakeError(401, "Login is required to view R-18 rankings");
    }
    String raw = c.query("date");
    LocalDate date = date(raw == null ? null : raw.replace("-", ""));
    int[] ranked = rankings.ranking(mode, type, date);
    int p = c.intQuery("page", 1, 1, Integer.MAX_VALUE);
    int last = Pages.lastPage(ranked.length, Rankings.PER_PAGE);
    ObjectNode body = Json.obj();
    ArrayNode items = body.putArray("ranking");
    for (int i = (p - 1) * Rankings.PER_PAGE; i < Math.min(ranked.length, p * Rankings.PER_PAGE); i++) {
      items.addObject().put("illustId", String.valueOf(ranked[i])).put("rank", i + 1);
    }
    body.put("rankingDate", date.toString());
    putPage(body, "next", p < last, p + 1);
    return Reply.ok(body);
  }

  private Reply ranking(Call c) {
    String mode = c.query("mode", "daily");
    String content = c.query("content", "all");
    if (!Rankings.MODES.contains(mode) || !Rankings.CONTENTS.contains(content)) {
      throw FakeError.badRequest("Invalid ranking mode or content");
    }
    if (Rankings.r18(mode) && !c.loggedIn()) {
      throw new FakeError(401, "Login is required to view R-18 rankings");
    }
    LocalDate date = date(c.query("date"));
    int[] ranked = rankings.ranking(mode, content, date);
    int p = c.page();
    int last = Pages.lastPage(ranked.length, Rankings.PER_PAGE);
    if (p > last) {
      throw new FakeError(404, "The specified page does not exist.");
    }
    Map<Integer, Integer> yesterday = new HashMap<>();
    if (date.isAfter(rankings.earliest())) {
      int[] before = rankings.ranking(mode, content, date.minusDays(1));
      for (int i = 0; i < before.length; i++) {
        yesterday.put(before[i], i + 1);
      }
    }
    ObjectNode doc = Json.obj();
    ArrayNode contents = doc.putArray("contents");
    for (int i = (p - 1) * Rankings.PER_PAGE; i < Math.min(ranked.length, p * Rankings.PER_PAGE); i++) {
      contents.add(entry(ranked[i], i + 1, yesterday.getOrDefault(ranked[i], 0)));
    }
    doc.put("mode", mode);
    doc.put("content", content);
    doc.put("page", p);
    putPage(doc, "prev", p > 1, p - 1);
    putPage(doc, "next", p < last, p + 1);
    doc.put("date", YYYYMMDD.format(date));
    putDate(doc, "prev_date", date.isAfter(rankings.earliest()), date.minusDays(1));
    putDate(doc, "next_date", date.isBefore(Rankings.latest()), date.plusDays(1));
    doc.put("rank_total", ranked.length);
    return Reply.raw(200, doc);
  }

  private LocalDate date(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return Rankings.latest();
    }
    try {
      LocalDate d = LocalDate.parse(value, YYYYMMDD);
      if (d.isAfter(Rankings.latest()) || d.isBefore(rankings.earliest())) {
        throw FakeError.badRequest("No ranking for that date");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw FakeError.badRequest("Invalid date");
    }
  }

  private static void putPage(ObjectNode doc, String name, boolean exists, int page) {
    if (exists) {
      doc.put(name, page);
    } else {
      doc.put(name, false);
    }
  }

  private static void putDate(ObjectNode doc, String name, boolean exists, LocalDate date) {
    if (exists) {
      doc.put(name, YYYYMMDD.format(date));
    } else {
      doc.put(name, false);
    }
  }

  private ObjectNode entry(int id, int rank, int yesterday) {
    int author = data.author(id);
    ObjectNode o = Json.obj();
    o.put("title", data.title(id));
    o.put("date", JA_DATE.format(Instant.ofEpochSecond(data.created(id)).atOffset(FakeData.JST)));
    o.set("tags", render.tagNames(id));
    o.put("url", render.master(id, 0, "240x480"));
    o.put("illust_type", String.valueOf(data.type(id)));
    o.put("illust_book_style", "0");
    o.put("illust_page_count", String.valueOf(data.pageCount(id)));
    o.put("user_name", data.userName(author));
    o.put("profile_img", data.avatar(author, 50));
    ObjectNode type = o.putObject("illust_content_type");
    type.put("sexual", data.xRestrict(id) > 0 ? 2 : 0);
    for (String flag : new String[] {"lo", "grotesque", "violent", "homosexual", "drug", "thoughts", "antisocial", "religion"}) {
      type.put(flag, false);
    }
    type.put("original", data.original(id));
    type.put("furry", data.hasTag(id, Vocab.indexOf("ケモノ")));
    type.put("bl", false);
    type.put("yuri", data.hasTag(id, Vocab.indexOf("百合")));
    o.put("illust_series", false);
    o.put("illust_id", id);
    o.put("width", data.width(id));
    o.put("height", data.height(id));
    o.put("user_id", author);
    o.put("rank", rank);
    o.put("yes_rank", yesterday);
    o.put("rating_count", data.likes(id));
    o.put("view_count", data.views(id));
    o.put("illust_upload_timestamp", data.created(id));
    o.put("attr", data.original(id) ? "original" : "");
    return o;
  }
}
