package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The normalized store that pixiv's feed-like endpoints (top, follow_latest, watch_list,
 * mypixiv_latest, commission, discovery, dashboard, linked_service) share, plus the page-specific
 * part {@code P}, which lists ids into the store.
 *
 * <p>{@code page} is the body's {@code page} field; endpoints that name it otherwise ({@code data},
 * {@code recommendedIllusts}, {@code recommendedUsers}) fill it just the same.
 *
 * <pre>{@code
 * Feed<FollowLatestPage> feed = client.feeds().followLatest(ContentMode.ALL, 1).blockingGet();
 * List<ArtworkThumbnail> works = feed.artworks(feed.page().ids());
 * }</pre>
 *
 * @param tagTranslation tag → language code ({@code en}, {@code romaji}…) → translation
 * @param other top-level fields this version does not model (e.g. {@code zoneConfig})
 */
public record Feed<P>(
    @JsonAlias({"data", "recommendedIllusts", "recommendedUsers"}) @Nullable P page,
    Map<String, Map<String, String>> tagTranslation,
    Thumbnails thumbnails,
    List<IllustSeries> illustSeries,
    List<CommissionRequest> requests,
    List<UserSummary> users,
    @JsonAnySetter Map<String, Object> other) {
  public Feed {
    tagTranslation = Copies.map(tagTranslation);
    thumbnails = thumbnails == null ? Thumbnails.empty() : thumbnails;
    illustSeries = Copies.list(illustSeries);
    requests = Copies.list(requests);
    users = Copies.list(users);
    other = Copies.map(other);
  }

  /** The artwork thumbnail with this id, if the store has it. */
  public Optional<ArtworkThumbnail> artwork(Object id) {
    return find(thumbnails.illust(), ArtworkThumbnail::id, id);
  }

  /** The artworks for {@code ids}, in that order, skipping ids the store lacks. */
  public List<ArtworkThumbnail> artworks(Collection<?> ids) {
    return resolve(thumbnails.illust(), ArtworkThumbnail::id, ids);
  }

  /** Every artwork in the store, in pixiv's order. */
  public List<ArtworkThumbnail> artworks() {
    return thumbnails.illust();
  }

  public Optional<NovelThumbnail> novel(Object id) {
    return find(thumbnails.novel(), NovelThumbnail::id, id);
  }

  public Optional<UserSummary> user(Object id) {
    return find(users, UserSummary::userId, id);
  }

  /** The users for {@code ids}, in that order, skipping ids the store lacks. */
  public List<UserSummary> users(Collection<?> ids) {
    return resolve(users, UserSummary::userId, ids);
  }

  public Optional<CommissionRequest> request(Object id) {
    return find(requests, CommissionRequest::requestId, id);
  }

  /** The requests for {@code ids}, in that order, skipping ids the store lacks. */
  public List<CommissionRequest> requests(Collection<?> ids) {
    return resolve(requests, CommissionRequest::requestId, ids);
  }

  public Optional<IllustSeries> series(Object id) {
    return find(illustSeries, IllustSeries::id, id);
  }

  /** The translation of {@code tag} into {@code language} (e.g. {@code en}), if pixiv sent one. */
  public Optional<String> translate(String tag, String language) {
    Map<String, String> t = tagTranslation.get(tag);
    return t == null ? Optional.empty() : Optional.ofNullable(t.get(language));
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> key, Object id) {
    String wanted = String.valueOf(id);
    for (T item : items) {
      if (key.apply(item).equals(wanted)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  private static <T> List<T> resolve(List<T> items, Function<T, String> key, Collection<?> ids) {
    Map<String, T> index = new HashMap<>(items.size() * 2);
    for (T item : items) {
      index.putIfAbsent(key.apply(item), item);
    }
    List<T> out = new ArrayList<>(ids.size());
    for (Object id : ids) {
      T item = index.get(String.valueOf(id));
      if (item != null) {
        out.add(item);
      }
    }
    return List.copyOf(out);
  }
}
