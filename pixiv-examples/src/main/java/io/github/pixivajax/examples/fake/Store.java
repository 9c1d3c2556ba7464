package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * pixiv's normalized store that feed-like bodies share: {@code thumbnails} (illust, novel,
 * novelSeries, novelDraft), {@code users}, {@code illustSeries}, {@code requests} and {@code
 * tagTranslation}. Collect what the page refers to, then {@link #fill} the body.
 */
final class Store {
  private final Render render;
  private final int viewer;
  private final Set<Long> artworks = new LinkedHashSet<>();
  private final Set<Integer> users = new LinkedHashSet<>();
  private final Set<Long> requests = new LinkedHashSet<>();
  private final Set<Long> series = new LinkedHashSet<>();
  private final Set<Integer> tags = new TreeSet<>();

  Store(Render render, int viewer) {
    this.render = render;
    this.viewer = viewer;
  }

  Store artwork(long id) {
    if (artworks.add(id)) {
      for (int t : render.data.tags(id)) {
        tags.add(t);
      }
    }
    return this;
  }

  Store artworks(Collection<? extends Number> ids) {
    ids.forEach(id -> artwork(id.longValue()));
    return this;
  }

  /** Adds the artworks and returns {@code ids}, to write them into the page in the same breath. */
  <T extends Number> List<T> artworksAnd(List<T> ids) {
    artworks(ids);
    return ids;
  }

  Store user(int u) {
    users.add(u);
    return this;
  }

  Store users(Collection<Integer> ids) {
    users.addAll(ids);
    return this;
  }

  /** A request, its creator and fan, and the work that fulfilled it. */
  Store request(long requestId) {
    if (requests.add(requestId)) {
      user(render.data.requestCreator(requestId));
      user(render.data.requestFan(requestId));
      long work = FakeData.requestWorkId(requestId);
      if (work > 0) {
        artwork(work);
      }
      for (int t : render.requestTags(requestId)) {
        tags.add(t);
      }
    }
    return this;
  }

  Store requests(Collection<Long> ids) {
    ids.forEach(this::request);
    return this;
  }

  Store series(long seriesId) {
    series.add(seriesId);
    return this;
  }

  Store tag(int tag) {
    tags.add(tag);
    return this;
  }

  /** Writes the store's fields into {@code body} and returns it. */
  ObjectNode fill(ObjectNode body) {
    body.set("tagTranslation", Json.phpMap(Render.tagTranslation(tags)));
    ObjectNode thumbnails = body.putObject("thumbnails");
    thumbnails.set("illust", render.thumbnails(new ArrayList<>(artworks), viewer, Render.Shape.FEED));
    thumbnails.set("novel", Json.arr());
    thumbnails.set("novelSeries", Json.arr());
    thumbnails.set("novelDraft", Json.arr());
    ArrayNode seriesNodes = body.putArray("illustSeries");
    series.forEach(s -> seriesNodes.add(render.series(s, viewer)));
    ArrayNode requestNodes = body.putArray("requests");
    requests.forEach(r -> requestNodes.add(render.request(r)));
    ArrayNode userNodes = body.putArray("users");
    users.forEach(u -> userNodes.add(render.user(u, viewer)));
    return body;
  }
}
