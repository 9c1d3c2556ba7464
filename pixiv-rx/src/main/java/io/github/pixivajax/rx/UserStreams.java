package io.github.pixivajax.rx;

import static io.github.pixivajax.rx.Area.positive;

import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.WorkCategory;
import io.github.pixivajax.core.api.WorkKind;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.user.FollowUser;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import io.reactivex.rxjava3.core.Single;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A user's lists as streams ({@link RxPixiv#users()}), mirroring {@code PixivClient.users()}. */
public final class UserStreams {
  static final int FOLLOW_PAGE = 24;
  static final int BOOKMARK_PAGE = 48;
  static final int PROFILE_BATCH = 100;

  private final Area area;

  UserStreams(Area area) {
    this.area = area;
  }

  /**
   * The users {@code userId} follows, 24 a page ({@code offset}/{@code limit}) until pixiv's {@code total}.
   *
   * @param rest {@code HIDE} for the private list (the viewer's own only)
   * @return a {@link Paged}
   */
  public Paged<FollowUser> following(long userId, Rest rest) {
    positive(userId, "userId");
    Objects.requireNonNull(rest, "rest == null");
    return area.paged("following", Resources.byOffset(FOLLOW_PAGE, (offset, limit) ->
        area.client.users().following(userId, offset, limit, rest).map(l -> new PageOf<>(l.users(), false, l.total())),
        FollowUser::userId), userId, rest);
  }

  /**
   * The users following {@code userId} (pixiv shows them to that user only), 24 a page.
   *
   * @return a {@link Paged}
   */
  public Paged<FollowUser> followers(long userId) {
    positive(userId, "userId");
    return area.paged("followers", Resources.byOffset(FOLLOW_PAGE, (offset, limit) ->
        area.client.users().followers(userId, offset, limit).map(l -> new PageOf<>(l.users(), false, l.total())),
        FollowUser::userId), userId);
  }

  /**
   * The works {@code userId} bookmarked, 48 a page, until pixiv's {@code total}.
   *
   * @param tag a bookmark tag, or {@code ""} for all
   * @param rest {@code HIDE} for private bookmarks (the viewer's own only)
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> bookmarks(long userId, String tag, Rest rest) {
    positive(userId, "userId");
    Objects.requireNonNull(tag, "tag == null");
    Objects.requireNonNull(rest, "rest == null");
    return area.paged("bookmarks", Resources.byOffset(BOOKMARK_PAGE, (offset, limit) ->
        area.client.users().bookmarks(userId, tag, offset, limit, rest).map(b -> new PageOf<>(b.works(), false, b.total())),
        ArtworkThumbnail::id), userId, tag, rest);
  }

  /**
   * All illustrations and manga of {@code userId}, newest first: the ids from {@code profileAll},
   * then their details 100 at a time ({@code profileIllusts}).
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> works(long userId) {
    positive(userId, "userId");
    return area.paged("works", Resources.byPosition("init", position -> {
      Single<List<String>> ids = position.equals("init")
          ? area.client.users().profileAll(userId).map(all -> {
            List<String> merged = new ArrayList<>(all.illustIds());
            merged.addAll(all.mangaIds());
            merged.sort(Comparator.comparingLong(FeedStreams::numericId).reversed());
            return merged;
          })
          : Single.just(Resources.ids(position));
      return ids.flatMap(queue -> {
        if (queue.isEmpty()) {
          return Single.just(new Step<ArtworkThumbnail>(List.of(), null, 0));
        }
        List<String> batch = List.copyOf(queue.subList(0, Math.min(PROFILE_BATCH, queue.size())));
        List<String> rest = queue.subList(batch.size(), queue.size());
        return area.client.users().profileIllusts(userId, batch, WorkCategory.ILLUST_MANGA, position.equals("init")).map(w -> {
          List<ArtworkThumbnail> works = new ArrayList<>();
          for (String workId : batch) {
            ArtworkThumbnail t = w.works().get(workId);
            if (t != null) {
              works.add(t);
            }
          }
          return new Step<>(works, rest.isEmpty() ? null : Resources.ids(rest), null);
        });
      });
    }, ArtworkThumbnail::id, false), userId);
  }

  /**
   * The works of {@code userId} of one kind carrying {@code tag}, 48 a page, until pixiv's {@code total}.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> worksByTag(long userId, WorkKind kind, String tag) {
    positive(userId, "userId");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(tag, "tag == null");
    return area.paged("worksByTag", Resources.byOffset(BOOKMARK_PAGE, (offset, limit) ->
        area.client.users().worksByTag(userId, kind, tag, offset, limit).map(t -> new PageOf<>(t.works(), false, t.total())),
        ArtworkThumbnail::id), userId, kind, tag);
  }
}
