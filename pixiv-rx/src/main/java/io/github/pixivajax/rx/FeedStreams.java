package io.github.pixivajax.rx;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.IllustSeries;
import io.github.pixivajax.core.model.feed.FollowLatestPage;
import io.github.pixivajax.core.model.feed.TumengPage;
import io.github.pixivajax.rx.internal.Resource;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The viewer's feeds as streams ({@link RxPixiv#feeds()}), mirroring {@code PixivClient.feeds()}
 * plus everyone's new works ({@code PixivClient.artworks().newIllusts}). Most need a logged-in
 * client. The {@code …Live} methods are live tails: they never end.
 */
public final class FeedStreams {
  static final int NEW_PAGE = 20;

  private final Area area;

  FeedStreams(Area area) {
    this.area = area;
  }

  /**
   * New works of followed users, newest first, page after page.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> followLatest(ContentMode mode) {
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("followLatest", Resources.byPage(
        p -> area.client.feeds().followLatest(mode, p).map(FeedStreams::idsPage), ArtworkThumbnail::id, null), mode);
  }

  /**
   * New works of My pixiv users, newest first.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> mypixivLatest() {
    return area.paged("mypixivLatest", Resources.byPage(
        p -> area.client.feeds().mypixivLatest(p).map(FeedStreams::idsPage), ArtworkThumbnail::id, null));
  }

  /**
   * The manga series on the viewer's watch list, until pixiv's {@code maxPage}.
   *
   * @return a {@link Paged}
   */
  public Paged<IllustSeries> watchListManga() {
    return area.paged("watchListManga", Resources.byPage(p -> area.client.feeds().watchListManga(p).map(f -> {
      var page = f.page();
      if (page == null) {
        return new PageOf<IllustSeries>(List.of(), true, null);
      }
      List<IllustSeries> series = new ArrayList<>();
      for (String id : page.watchedSeriesIds()) {
        f.series(id).ifPresent(series::add);
      }
      return new PageOf<>(series, p >= page.maxPage(), page.total());
    }), IllustSeries::id, null));
  }

  /**
   * Everyone's new works, walking back from the newest by {@code lastId}, 20 a page.
   *
   * @param type null for illustrations and manga
   * @param r18 R-18 works instead of all-ages ones
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> newIllusts(@Nullable NewWorkType type, boolean r18) {
    return area.paged("newIllusts", Resources.byPosition("lastId=0", position -> {
      long lastId = Resources.number(position, "lastId");
      return area.client.artworks().newIllusts(lastId, NEW_PAGE, type, r18).map(n -> {
        String next = n.lastId();
        boolean end = n.illusts().isEmpty() || next == null || next.isEmpty() || next.equals(Long.toString(lastId));
        return new Step<>(n.illusts(), end ? null : Resources.serverNumber("GET /ajax/illust/new", "lastId", next), null);
      });
    }, ArtworkThumbnail::id, false), type, r18);
  }

  /**
   * The works shared on the viewer's linked service (Tumeng), until pixiv's {@code totalItemCount}.
   *
   * @return a {@link Paged}
   */
  public Paged<TumengPage.Work> tumeng() {
    return area.paged("tumeng", Resources.byPage(p -> area.client.feeds().tumeng(p).map(f -> {
      TumengPage page = f.page();
      if (page == null || page.works().isEmpty()) {
        return new PageOf<TumengPage.Work>(List.of(), true, page == null ? null : page.totalItemCount());
      }
      boolean last = (long) p * page.works().size() >= page.totalItemCount();
      return new PageOf<>(page.works(), last, page.totalItemCount());
    }), TumengPage.Work::id, null));
  }

  /**
   * A live tail of {@link #followLatest}: polls its first page every {@link RxConfig#pollInterval()}
   * and emits the works newer than any seen before, oldest first. The first poll emits the current
   * page. Never completes; backpressure, scheduler and errors as for a {@link Paged} stream, except
   * that a poll waits for demand and the interval.
   */
  public Flowable<ArtworkThumbnail> followLatestLive(ContentMode mode) {
    Objects.requireNonNull(mode, "mode == null");
    return area.live("followLatestLive", newer(() -> area.client.feeds().followLatest(mode, 1).map(f -> idsPage(f).items())));
  }

  /**
   * A live tail of {@link #newIllusts}: polls the newest works every {@link RxConfig#pollInterval()}
   * and emits those newer than any seen before, oldest first. Otherwise as {@link #followLatestLive}.
   */
  public Flowable<ArtworkThumbnail> newIllustsLive(@Nullable NewWorkType type, boolean r18) {
    return area.live("newIllustsLive", newer(() -> area.client.artworks().newIllusts(0, NEW_PAGE, type, r18).map(n -> n.illusts())));
  }

  private static PageOf<ArtworkThumbnail> idsPage(Feed<FollowLatestPage> f) {
    FollowLatestPage page = f.page();
    return page == null ? new PageOf<>(List.of(), true, null) : new PageOf<>(f.artworks(page.ids()), page.lastPage(), null);
  }

  private static Resource<ArtworkThumbnail> newer(Supplier<Single<List<ArtworkThumbnail>>> poll) {
    return Resources.byPosition("after=0", position -> {
      long after = Resources.number(position, "after");
      return poll.get().map(items -> {
        List<ArtworkThumbnail> newer = new ArrayList<>();
        long newest = after;
        for (ArtworkThumbnail t : items) {
          long id = numericId(t.id());
          if (id > after) {
            newer.add(t);
            newest = Math.max(newest, id);
          }
        }
        newer.sort(Comparator.comparingLong(t -> numericId(t.id())));
        return new Step<>(newer, "after=" + newest, null);
      });
    }, ArtworkThumbnail::id, true);
  }

  static long numericId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
