package io.github.pixivajax.rx;

import static io.github.pixivajax.rx.Area.positive;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.NovelsApi;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.novel.NovelSeries;
import io.github.pixivajax.core.model.search.SearchPage;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.github.pixivajax.rx.internal.DateSlices;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import io.reactivex.rxjava3.core.Single;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Novels as streams ({@link RxPixiv#novels()}), mirroring {@code PixivClient.novels()}. */
public final class NovelStreams {
  static final int SERIES_PAGE = NovelsApi.SERIES_CONTENT_LIMIT;
  static final int NEW_PAGE = 20;
  static final int SEARCH_PAGE = 30;
  static final int BOOKMARK_PAGE = 24;
  static final int COMMENT_PAGE = 50;
  static final int RECOMMEND_BATCH = 20;
  static final int PROFILE_BATCH = 100;

  private final Area area;

  NovelStreams(Area area) {
    this.area = area;
  }

  /**
   * The parts of a novel series in series order, 30 a page ({@code last_order}), until a short page.
   *
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> seriesContent(long seriesId) {
    positive(seriesId, "seriesId");
    return area.paged("seriesContent", Resources.byPosition("lastOrder=0", position -> {
      int lastOrder = (int) Resources.number(position, "lastOrder");
      return area.client.novels().seriesContent(seriesId, SERIES_PAGE, lastOrder).map(f -> {
        List<String> ids = f.page() == null ? List.of() : f.page().ids();
        boolean end = ids.size() < SERIES_PAGE;
        return new Step<>(resolve(f.thumbnails().novel(), ids), end ? null : "lastOrder=" + (lastOrder + ids.size()), null);
      });
    }, NovelThumbnail::id, false), seriesId);
  }

  /**
   * Everyone's new novels, walking back from the newest by {@code lastId}, 20 a page.
   *
   * @param r18 R-18 novels instead of all-ages ones
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> newNovels(boolean r18) {
    return area.paged("newNovels", Resources.byPosition("lastId=0", position -> {
      long lastId = Resources.number(position, "lastId");
      return area.client.novels().newNovels(lastId, NEW_PAGE, r18).map(n -> {
        String next = n.lastId();
        boolean end = n.novels().isEmpty() || next == null || next.isEmpty() || next.equals(Long.toString(lastId));
        return new Step<>(n.novels(), end ? null : Resources.serverNumber("GET /ajax/novel/new", "lastId", next), null);
      });
    }, NovelThumbnail::id, false), r18);
  }

  /**
   * New novels of followed users, newest first, page after page until pixiv's {@code isLastPage}.
   *
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> followLatest(ContentMode mode) {
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("followLatest", Resources.byPage(p -> area.client.novels().followLatest(mode, p).map(f -> {
      var page = f.page();
      return page == null ? new PageOf<NovelThumbnail>(List.of(), true, null)
          : new PageOf<>(resolve(f.thumbnails().novel(), page.ids()), page.lastPage(), null);
    }), NovelThumbnail::id, null), mode);
  }

  /**
   * Novels matching {@code query}, 30 a page until pixiv's {@code lastPage}; {@code query.p()} is
   * ignored. An empty page before the last is pixiv's silent throttling, as for {@link SearchStreams}.
   *
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> search(NovelSearchQuery query) {
    NovelSearchQuery q = first(query);
    return area.paged("search", Resources.byPage(p -> area.client.novels().search(q.withPage(p)).map(r -> {
      SearchPage<NovelThumbnail> page = r.novel() != null ? r.novel() : SearchPage.empty();
      return new PageOf<>(page.data(), last(page, p), page.total());
    }), NovelThumbnail::id, "ajax/search/novels/" + q.word()), q);
  }

  /**
   * Novels matching {@code query}, past pixiv's page cap: sliced by date like {@link
   * SearchStreams#slicedArtworks} ({@code date_d} or {@code date} order only, else {@link
   * IllegalArgumentException}).
   *
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> slicedSearch(NovelSearchQuery query) {
    NovelSearchQuery q = first(query);
    boolean newestFirst = DateSlices.newestFirst(q.order());
    return area.paged("slicedSearch", DateSlices.resource(newestFirst, SEARCH_PAGE, (p, day) -> {
      NovelSearchQuery.Builder b = q.toBuilder().p(p);
      if (day != null) {
        b = newestFirst ? b.dates(q.scd(), day) : b.dates(day, q.ecd());
      }
      return area.client.novels().search(b.build()).map(r -> r.novel() != null ? r.novel() : SearchPage.<NovelThumbnail>empty());
    }, NovelThumbnail::id, NovelThumbnail::createDate, "ajax/search/novels/" + q.word()), q);
  }

  /**
   * Novel series matching {@code query} (pixiv's {@code gs=1}), 30 a page until pixiv's {@code lastPage}.
   *
   * @return a {@link Paged}
   */
  public Paged<NovelSeries> searchSeries(NovelSearchQuery query) {
    NovelSearchQuery q = first(query);
    return area.paged("searchSeries", Resources.byPage(p -> area.client.novels().searchSeries(q.withPage(p)).map(r -> {
      SearchPage<NovelSeries> page = r.series();
      return new PageOf<>(page.data(), last(page, p), page.total());
    }), NovelSeries::id, "ajax/search/novels/" + q.word()), q);
  }

  /**
   * All novels of {@code userId}, newest first: the ids from {@code profileAll}, then their details
   * 100 at a time ({@code profile/novels}).
   *
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> works(long userId) {
    positive(userId, "userId");
    return area.paged("works", Resources.byPosition("init", position -> {
      Single<List<String>> ids = position.equals("init")
          ? area.client.users().profileAll(userId).map(all -> {
            List<String> sorted = new ArrayList<>(all.novels().keySet());
            sorted.sort(Comparator.comparingLong(FeedStreams::numericId).reversed());
            return sorted;
          })
          : Single.just(Resources.ids(position));
      return ids.flatMap(queue -> {
        if (queue.isEmpty()) {
          return Single.just(new Step<NovelThumbnail>(List.of(), null, 0));
        }
        List<String> batch = List.copyOf(queue.subList(0, Math.min(PROFILE_BATCH, queue.size())));
        List<String> rest = queue.subList(batch.size(), queue.size());
        return area.client.novels().userNovels(userId, batch, position.equals("init")).map(w -> {
          List<NovelThumbnail> novels = new ArrayList<>();
          for (String id : batch) {
            NovelThumbnail t = w.works().get(id);
            if (t != null) {
              novels.add(t);
            }
          }
          return new Step<>(novels, rest.isEmpty() ? null : Resources.ids(rest), null);
        });
      });
    }, NovelThumbnail::id, false), userId);
  }

  /**
   * The novels {@code userId} bookmarked, 24 a page, until pixiv's {@code total}.
   *
   * @param tag a bookmark tag, or {@code ""} for all
   * @param rest {@code HIDE} for private bookmarks (the viewer's own only)
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> bookmarks(long userId, String tag, Rest rest) {
    positive(userId, "userId");
    Objects.requireNonNull(tag, "tag == null");
    Objects.requireNonNull(rest, "rest == null");
    return area.paged("bookmarks", Resources.byOffset(BOOKMARK_PAGE, (offset, limit) ->
        area.client.novels().bookmarks(userId, tag, offset, limit, rest).map(b -> new PageOf<>(b.works(), false, b.total())),
        NovelThumbnail::id), userId, tag, rest);
  }

  /**
   * Novels pixiv recommends next to a novel: the first 20, then the rest of pixiv's queue of ids
   * ({@code nextIds}) 20 at a time.
   *
   * @return a {@link Paged}
   */
  public Paged<NovelThumbnail> recommendations(long novelId) {
    positive(novelId, "novelId");
    return area.paged("recommendations", Resources.byPosition("init", position -> {
      if (position.equals("init")) {
        return area.client.novels().recommendations(novelId, RECOMMEND_BATCH).map(r -> new Step<>(r.novels(),
            r.nextIds().isEmpty() ? null : Resources.ids(r.nextIds()), null));
      }
      List<String> queue = Resources.ids(position);
      List<String> batch = queue.subList(0, Math.min(RECOMMEND_BATCH, queue.size()));
      List<String> rest = queue.subList(batch.size(), queue.size());
      return area.client.novels().recommendedNovels(List.copyOf(batch)).map(r -> new Step<>(r.novels(),
          rest.isEmpty() ? null : Resources.ids(rest), null));
    }, NovelThumbnail::id, false), novelId);
  }

  /**
   * The root comments on a novel, 50 a page, until pixiv's {@code hasNext} is false.
   *
   * @return a {@link Paged}
   */
  public Paged<Comment> comments(long novelId) {
    positive(novelId, "novelId");
    return area.paged("comments", Resources.byOffset(COMMENT_PAGE, (offset, limit) ->
        area.client.novels().comments(novelId, offset, limit).map(c -> new PageOf<>(c.comments(), !c.hasNext(), null)),
        Comment::id), novelId);
  }

  private static NovelSearchQuery first(NovelSearchQuery query) {
    return Objects.requireNonNull(query, "query == null").toBuilder().p(null).build();
  }

  private static boolean last(SearchPage<?> page, int p) {
    Integer lastPage = page.lastPage();
    return lastPage != null ? p >= lastPage : page.total() > 0 && (long) p * SEARCH_PAGE >= page.total();
  }

  /** The thumbnails for {@code ids}, in that order, skipping ids the page lacks. */
  private static List<NovelThumbnail> resolve(List<NovelThumbnail> novels, List<String> ids) {
    List<NovelThumbnail> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      for (NovelThumbnail n : novels) {
        if (n.id().equals(id)) {
          out.add(n);
          break;
        }
      }
    }
    return out;
  }
}
