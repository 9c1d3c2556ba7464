package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The POSTs: bookmark add/delete/remove/edit_restrict and like. The router has already checked the
 * session and the CSRF token; state changes are the viewer's own and visible to later GETs.
 */
final class WriteRoutes {
  private final FakeData data;

  WriteRoutes(FakeData data) {
    this.data = data;
  }

  void register(Router r) {
    r.post("ajax/illusts/bookmarks/add", this::add);
    r.post("ajax/illusts/like", this::like);
    r.post("ajax/illusts/bookmarks/delete", this::delete);
    r.post("ajax/illusts/bookmarks/remove", this::remove);
    r.post("ajax/illusts/bookmarks/edit_restrict", this::editRestrict);
  }

  /** {@code illust_id} of a JSON body, as a number or a string; an unknown work is a 404. */
  private long illustId(JsonNode body) {
    JsonNode id = body.path("illust_id");
    long value = id.isNumber() ? id.asLong() : Call.parseId(id.asText(""));
    if (!data.exists(value)) {
      throw FakeError.notFound();
    }
    return value;
  }

  private Reply add(Call c) {
    JsonNode body = c.jsonBody();
    long id = illustId(body);
    boolean hidden = body.path("restrict").asInt(0) == 1 || body.path("restrict").asText("").equals("1");
    long bookmarkId;
    if (data.bookmark(c.viewer, id) != null) {
      data.setBookmarkPrivate(c.viewer, id, hidden);
      bookmarkId = FakeData.bookmarkId(c.viewer, id);
    } else {
      bookmarkId = data.addBookmark(c.viewer, id, hidden);
    }
    ObjectNode out = Json.obj();
    out.put("last_bookmark_id", String.valueOf(bookmarkId));
    out.put("stacc_status_id", String.valueOf(12_000_000_000L + bookmarkId % 1_000_000_000L));
    return Reply.ok(out);
  }

  private Reply like(Call c) {
    data.like(c.viewer, illustId(c.jsonBody()));
    return Reply.ok(Json.obj().put("is_liked", true));
  }

  /** Form {@code bookmark_id}. */
  private Reply delete(Call c) {
    List<String> ids = c.formBody().getOrDefault("bookmark_id", List.of());
    long id = ids.isEmpty() ? 0 : data.artworkOfBookmark(c.viewer, Call.parseId(ids.get(0)));
    if (id == 0 || data.bookmark(c.viewer, id) == null) {
      throw FakeError.badRequest("Invalid bookmark_id");
    }
    data.removeBookmark(c.viewer, id);
    return Reply.ok(Json.arr());
  }

  /** JSON {@code {"bookmarkIds": [...]}}. */
  private Reply remove(Call c) {
    for (long id : bookmarkedWorks(c, c.jsonBody())) {
      data.removeBookmark(c.viewer, id);
    }
    return Reply.ok(Json.arr());
  }

  /** JSON {@code {"bookmarkIds": [...], "bookmarkRestrict": "public"|"private"}}. */
  private Reply editRestrict(Call c) {
    JsonNode body = c.jsonBody();
    String restrict = body.path("bookmarkRestrict").asText("");
    if (!restrict.equals("public") && !restrict.equals("private")) {
      throw FakeError.badRequest("Invalid bookmarkRestrict");
    }
    for (long id : bookmarkedWorks(c, body)) {
      data.setBookmarkPrivate(c.viewer, id, restrict.equals("private"));
    }
    return Reply.ok(Json.arr());
  }

  /** The works behind {@code bookmarkIds}; ids that are not the viewer's bookmarks are a 400. */
  private List<Long> bookmarkedWorks(Call c, JsonNode body) {
    JsonNode ids = body.path("bookmarkIds");
    if (!ids.isArray() || ids.isEmpty()) {
      throw FakeError.badRequest("Invalid bookmarkIds");
    }
    List<Long> works = new ArrayList<>();
    for (JsonNode n : ids) {
      long id = data.artworkOfBookmark(c.viewer, n.isNumber() ? n.asLong() : Call.parseId(n.asText("")));
      if (id == 0 || data.bookmark(c.viewer, id) == null) {
        throw FakeError.badRequest("Invalid bookmarkIds");
      }
      works.add(id);
    }
    return works;
  }
}
