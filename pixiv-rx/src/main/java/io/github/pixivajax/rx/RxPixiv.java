package io.github.pixivajax.rx;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.api.RankingContent;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.RequestWorkFilter;
import io.github.pixivajax.core.api.RequestWorkType;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.api.TouchRankingType;
import io.github.pixivajax.core.api.WorkCategory;
import io.github.pixivajax.core.api.WorkKind;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.CommissionRequest;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.IllustSeries;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.feed.FollowLatestPage;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.github.pixivajax.core.model.search.SearchPage;
import io.github.pixivajax.core.model.search.SearchResult;
import io.github.pixivajax.core.model.user.FollowUser;
import io.github.pixivajax.rx.internal.Params;
import io.github.pixivajax.rx.internal.Resilience;
import io.github.pixivajax.rx.internal.Resource;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Every paginated pixiv resource as a backpressured {@link Flowable}: one Flowable of items and one
 * of {@link Page}s (items plus a resumable {@link Cursor}) per resource. Create one per {@link
 * PixivClient}; its streams share the client's {@code RequestLimiter} with every other request of the
 * client, so a 429 pauses all of them.
 *
 * <p>Common behaviour of every stream, described once here and referred to by each method:
 *
 * <dl>
 *   <dt><b>Backpressure:</b>
 *   <dd>Honours downstream demand. Subscribing sends nothing; a page is fetched only when demand
 *       needs an item it does not have, one fetch at a time, plus {@link RxConfig#prefetch()} pages
 *       ahead (0 by default). Items within a fetched page are buffered until requested.
 *   <dt><b>Scheduler:</b>
 *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()} ({@code
 *       Schedulers.io()} by default); items are emitted on it. Never blocks a computation thread.
 *   <dt><b>Errors:</b>
 *   <dd>A throttle ({@code PixivRateLimitException}) pauses every request of the client for pixiv's
 *       {@code Retry-After} (or a default that grows on repeats) and retries the same page, up to
 *       {@link RxConfig#rateLimitRetries()} times. {@code PixivServerException}, {@code
 *       PixivNetworkException} and {@code PixivDecodeException} are retried with exponential
 *       backoff and jitter up to {@link RxConfig#maxRetries()} times. Auth, not-found and other
 *       client errors fail at once. Whatever remains is signalled as {@code onError} after the items
 *       already fetched.
 * </dl>
 *
 * <p>Disposing cancels the in-flight HTTP call and any pending timer. Items already emitted by a
 * subscription are not emitted again when pages shift (bounded by {@link RxConfig#dedupeCapacity()}).
 */
public final class RxPixiv {
  static final int SEARCH_PAGE = 60;
  static final int FOLLOW_PAGE = 24;
  static final int BOOKMARK_PAGE = 48;
  static final int COMMENT_PAGE = 50;
  static final int NEW_PAGE = 20;
  static final int RECOMMEND_BATCH = 18;
  static final int DISCOVERY_PAGE = 60;
  static final int PROFILE_BATCH = 100;

  private final PixivClient client;
  private final RxConfig config;
  private final Streams streams;
  private final Map<String, Function<Map<String, String>, Resource<?>>> registry = new HashMap<>();

  private RxPixiv(PixivClient client, RxConfig config) {
    this.client = client;
    this.config = config;
    this.streams = new Streams(config, new Resilience(config, client.requestLimiter()));
    registry.put("search.artworks", p -> search("search.artworks", Params.search(p)));
    registry.put("search.illustrations", p -> search("search.illustrations", Params.search(p)));
    registry.put("search.manga", p -> search("search.manga", Params.search(p)));
    registry.put("ranking", this::ranking);
    registry.put("feed.follow_latest", this::followLatest);
    registry.put("feed.follow_latest.live", this::followLatestLive);
    registry.put("feed.mypixiv_latest", this::mypixivLatest);
    registry.put("feed.watch_list", this::watchList);
    registry.put("feed.new", this::newIllusts);
    registry.put("feed.new.live", this::newIllustsLive);
    registry.put("requests.complete", this::completeRequests);
    registry.put("requests.creators", this::requestCreators);
    registry.put("requests.in_progress", this::inProgressRequests);
    registry.put("user.following", this::following);
    registry.put("user.followers", this::followers);
    registry.put("user.bookmarks", this::bookmarks);
    registry.put("illust.comments", this::comments);
    registry.put("illust.recommend", this::recommendations);
    registry.put("discovery.artworks", this::discoveryArtworks);
    registry.put("discovery.users", this::discoveryUsers);
    registry.put("illust.replies", this::replies);
    registry.put("user.works", this::userWorks);
    registry.put("user.works_by_tag", this::worksByTag);
    registry.put("series", this::series);
    registry.put("ranking.touch", this::touchRanking);
    registry.put("feed.linked_service", this::linkedService);
  }

  /** Streams over {@code client} with {@link RxConfig#defaults()}. */
  public static RxPixiv create(PixivClient client) {
    return create(client, RxConfig.defaults());
  }

  public static RxPixiv create(PixivClient client, RxConfig config) {
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(config, "config == null");
    return new RxPixiv(client, config);
  }

  public PixivClient client() {
    return client;
  }

  public RxConfig config() {
    return config;
  }

  // ---------------------------------------------------------------- resume

  /**
   * The pages after the one that carried {@code cursor}: exactly what an uninterrupted stream would
   * have emitted next. A cursor of a last page ({@link Cursor#isEnd()}) gives an empty stream.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if the cursor names an unknown resource or bad parameters
   */
  @SuppressWarnings("unchecked")
  public <T> Flowable<Page<T>> resume(Cursor<T> cursor) {
    Objects.requireNonNull(cursor, "cursor == null");
    return streams.pages((Resource<T>) rebuild(cursor), cursor.position());
  }

  /**
   * The items after the page that carried {@code cursor}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if the cursor names an unknown resource or bad parameters
   */
  @SuppressWarnings("unchecked")
  public <T> Flowable<T> resumeItems(Cursor<T> cursor) {
    Objects.requireNonNull(cursor, "cursor == null");
    return streams.items((Resource<T>) rebuild(cursor), cursor.position());
  }

  private Resource<?> rebuild(Cursor<?> cursor) {
    Function<Map<String, String>, Resource<?>> factory = registry.get(cursor.resource());
    if (factory == null) {
      throw new IllegalArgumentException("cursor names an unknown resource: " + cursor.resource());
    }
    return factory.apply(cursor.params());
  }

  // ---------------------------------------------------------------- search

  /**
   * Every artwork (illustrations and manga) matching {@code query}, page after page ({@code p}),
   * until pixiv's {@code lastPage}, an empty page, or its {@code total}. {@code query.p()} is
   * ignored: the stream starts at page 1. An empty page before the last is how pixiv's search
   * answers a throttled account; it is retried with backoff like a server error.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> searchArtworks(SearchQuery query) {
    return streams.items(search("search.artworks", query), "p=1");
  }

  /**
   * The pages of {@link #searchArtworks}, each with its cursor and pixiv's total.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<ArtworkThumbnail>> searchArtworksPages(SearchQuery query) {
    return streams.pages(search("search.artworks", query), "p=1");
  }

  /**
   * Every illustration and ugoira matching {@code query}; see {@link #searchArtworks}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> searchIllustrations(SearchQuery query) {
    return streams.items(search("search.illustrations", query), "p=1");
  }

  /**
   * The pages of {@link #searchIllustrations}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<ArtworkThumbnail>> searchIllustrationsPages(SearchQuery query) {
    return streams.pages(search("search.illustrations", query), "p=1");
  }

  /**
   * Every manga matching {@code query}; see {@link #searchArtworks}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> searchManga(SearchQuery query) {
    return streams.items(search("search.manga", query), "p=1");
  }

  /**
   * The pages of {@link #searchManga}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<ArtworkThumbnail>> searchMangaPages(SearchQuery query) {
    return streams.pages(search("search.manga", query), "p=1");
  }

  private Resource<ArtworkThumbnail> search(String name, SearchQuery query) {
    Objects.requireNonNull(query, "query == null");
    SearchQuery q = query.toBuilder().p(null).build();
    IntFunction<Single<PageOf<ArtworkThumbnail>>> fetch = p -> {
      SearchQuery at = q.toBuilder().p(p).build();
      Single<SearchResult> result;
      switch (name) {
        case "search.illustrations":
          result = client.search().illustrations(at);
          break;
        case "search.manga":
          result = client.search().manga(at);
          break;
        default:
          result = client.search().artworks(at);
      }
      return result.map(r -> {
        SearchPage<ArtworkThumbnail> works = r.works();
        Integer lastPage = works.lastPage();
        boolean last = lastPage != null ? p >= lastPage : works.total() > 0 && (long) p * SEARCH_PAGE >= works.total();
        return new PageOf<>(works.data(), last, works.total());
      });
    };
    return Resources.byPage(name, Params.search(q), fetch, ArtworkThumbnail::id, true);
  }

  // ---------------------------------------------------------------- ranking

  /**
   * A whole ranking, 50 works a page, until pixiv's {@code next} is {@code false}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @param content null for pixiv's default (all kinds)
   * @param date null for the latest ranking
   */
  public Flowable<RankingItem> ranking(RankingMode mode, @Nullable RankingContent content, @Nullable LocalDate date) {
    return streams.items(ranking(rankingParams(mode, content, date)), "p=1");
  }

  /**
   * The pages of {@link #ranking}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<RankingItem>> rankingPages(
      RankingMode mode, @Nullable RankingContent content, @Nullable LocalDate date) {
    return streams.pages(ranking(rankingParams(mode, content, date)), "p=1");
  }

  private static Map<String, String> rankingParams(
      RankingMode mode, @Nullable RankingContent content, @Nullable LocalDate date) {
    Objects.requireNonNull(mode, "mode == null");
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mode", mode.queryValue());
    if (content != null) {
      p.put("content", content.queryValue());
    }
    if (date != null) {
      p.put("date", date.toString());
    }
    return p;
  }

  private Resource<RankingItem> ranking(Map<String, String> params) {
    RankingMode mode = Params.parse(RankingMode.class, params.get("mode"), "mode");
    RankingContent content = params.containsKey("content")
        ? Params.parse(RankingContent.class, params.get("content"), "content") : null;
    LocalDate date = params.containsKey("date") ? LocalDate.parse(params.get("date")) : null;
    return Resources.byPage("ranking", params,
        p -> client.ranking().ranking(mode, content, date, p).map(r -> new PageOf<>(r.contents(), r.next() == null, r.rankTotal())),
        RankingItem::illustId, false);
  }

  // ---------------------------------------------------------------- feeds (login)

  /**
   * New works of the users the account follows, newest first, page after page until pixiv says
   * {@code isLastPage}. Works repeated because the feed shifted are dropped.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> followLatest(ContentMode mode) {
    return streams.items(followLatest(modeParams(mode)), "p=1");
  }

  /**
   * The pages of {@link #followLatest}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<ArtworkThumbnail>> followLatestPages(ContentMode mode) {
    return streams.pages(followLatest(modeParams(mode)), "p=1");
  }

  private Resource<ArtworkThumbnail> followLatest(Map<String, String> params) {
    ContentMode mode = Params.parse(ContentMode.class, params.get("mode"), "mode");
    return Resources.byPage("feed.follow_latest", params,
        p -> client.feeds().followLatest(mode, p).map(RxPixiv::idsPage), ArtworkThumbnail::id, false);
  }

  /**
   * New works of the users the account follows, as they appear: polls the first page every {@link
   * RxConfig#pollInterval()} and emits, oldest first, the works newer than the newest already
   * emitted. The first poll emits the current first page. Never completes; dispose to stop.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Polls only while there is demand, one poll at a time, waiting {@link
   *       RxConfig#pollInterval()} between polls.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> followLatestLive(ContentMode mode) {
    return streams.items(followLatestLive(modeParams(mode)), "after=0");
  }

  private Resource<ArtworkThumbnail> followLatestLive(Map<String, String> params) {
    ContentMode mode = Params.parse(ContentMode.class, params.get("mode"), "mode");
    return live("feed.follow_latest.live", params, () -> client.feeds().followLatest(mode, 1).map(f -> idsPage(f).items()));
  }

  /**
   * New works of the account's My pixiv users, newest first, until {@code isLastPage}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> mypixivLatest() {
    return streams.items(mypixivLatest(Map.of()), "p=1");
  }

  /**
   * The pages of {@link #mypixivLatest}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<ArtworkThumbnail>> mypixivLatestPages() {
    return streams.pages(mypixivLatest(Map.of()), "p=1");
  }

  private Resource<ArtworkThumbnail> mypixivLatest(Map<String, String> params) {
    return Resources.byPage("feed.mypixiv_latest", params,
        p -> client.feeds().mypixivLatest(p).map(RxPixiv::idsPage), ArtworkThumbnail::id, false);
  }

  private static PageOf<ArtworkThumbnail> idsPage(Feed<FollowLatestPage> f) {
    FollowLatestPage page = f.page();
    return page == null ? new PageOf<>(List.of(), true, null) : new PageOf<>(f.artworks(page.ids()), page.lastPage(), null);
  }

  /**
   * The manga series on the account's watch list, page after page up to pixiv's {@code maxPage}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<IllustSeries> watchList() {
    return streams.items(watchList(Map.of()), "p=1");
  }

  /**
   * The pages of {@link #watchList}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<IllustSeries>> watchListPages() {
    return streams.pages(watchList(Map.of()), "p=1");
  }

  private Resource<IllustSeries> watchList(Map<String, String> params) {
    return Resources.byPage("feed.watch_list", params, p -> client.feeds().watchListManga(p).map(f -> {
      var page = f.page();
      if (page == null) {
        return new PageOf<IllustSeries>(List.of(), true, null);
      }
      List<IllustSeries> series = new ArrayList<>();
      for (String id : page.watchedSeriesIds()) {
        f.series(id).ifPresent(series::add);
      }
      return new PageOf<>(series, p >= page.maxPage(), page.total());
    }), IllustSeries::id, false);
  }

  /**
   * Everyone's newest works, walking back in time through pixiv's {@code lastId} cursor, 20 a page.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @param type null for both illustrations and manga
   */
  public Flowable<ArtworkThumbnail> newArtworks(@Nullable NewWorkType type, boolean r18) {
    return streams.items(newIllusts(newParams(type, r18)), "lastId=0");
  }

  /**
   * The pages of {@link #newArtworks}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<ArtworkThumbnail>> newArtworksPages(@Nullable NewWorkType type, boolean r18) {
    return streams.pages(newIllusts(newParams(type, r18)), "lastId=0");
  }

  /**
   * Everyone's new works as they are posted: polls every {@link RxConfig#pollInterval()} and emits,
   * oldest first, the works newer than the newest already emitted (the first poll emits the newest
   * 20). Never completes; dispose to stop.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Polls only while there is demand, one poll at a time, waiting {@link
   *       RxConfig#pollInterval()} between polls.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> newArtworksLive(@Nullable NewWorkType type, boolean r18) {
    return streams.items(newIllustsLive(newParams(type, r18)), "after=0");
  }

  private static Map<String, String> newParams(@Nullable NewWorkType type, boolean r18) {
    Map<String, String> p = new LinkedHashMap<>();
    if (type != null) {
      p.put("type", type.queryValue());
    }
    p.put("r18", Boolean.toString(r18));
    return p;
  }

  private Resource<ArtworkThumbnail> newIllusts(Map<String, String> params) {
    NewWorkType type = params.containsKey("type") ? Params.parse(NewWorkType.class, params.get("type"), "type") : null;
    boolean r18 = Boolean.parseBoolean(params.get("r18"));
    return Resources.byPosition("feed.new", params, "lastId=0", position -> {
      long lastId = Resources.number(position, "lastId");
      return client.artworks().newIllusts(lastId, NEW_PAGE, type, r18).map(n -> {
        String next = n.lastId();
        boolean end = n.illusts().isEmpty() || next == null || next.isEmpty() || next.equals(Long.toString(lastId));
        return new Step<>(n.illusts(), end ? null : "lastId=" + next, null);
      });
    }, ArtworkThumbnail::id, false);
  }

  private Resource<ArtworkThumbnail> newIllustsLive(Map<String, String> params) {
    NewWorkType type = params.containsKey("type") ? Params.parse(NewWorkType.class, params.get("type"), "type") : null;
    boolean r18 = Boolean.parseBoolean(params.get("r18"));
    return live("feed.new.live", params, () -> client.artworks().newIllusts(0, NEW_PAGE, type, r18).map(n -> n.illusts()));
  }

  /** A poll that keeps only works newer than {@code after=<id>}, oldest first. */
  private static Resource<ArtworkThumbnail> live(
      String name, Map<String, String> params, java.util.function.Supplier<Single<List<ArtworkThumbnail>>> poll) {
    return Resources.byPosition(name, params, "after=0", position -> {
      long after = Long.parseLong(position.substring("after=".length()));
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

  private static long numericId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Map<String, String> modeParams(ContentMode mode) {
    Objects.requireNonNull(mode, "mode == null");
    return Map.of("mode", mode.queryValue());
  }

  // ---------------------------------------------------------------- requests (commissions)

  /**
   * Completed requests of one work type, page after page while pixiv's pager says there is a next.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<CommissionRequest> completedRequests(RequestWorkType type, ContentMode mode) {
    return streams.items(completeRequests(requestParams(type, mode)), "p=1");
  }

  /**
   * The pages of {@link #completedRequests}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<CommissionRequest>> completedRequestsPages(RequestWorkType type, ContentMode mode) {
    return streams.pages(completeRequests(requestParams(type, mode)), "p=1");
  }

  /**
   * Requests in progress, page after page while pixiv's pager says there is a next.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<CommissionRequest> inProgressRequests(RequestWorkFilter type, ContentMode mode) {
    return streams.items(inProgressRequests(requestParams(type, mode)), "p=1");
  }

  /**
   * The pages of {@link #inProgressRequests}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<CommissionRequest>> inProgressRequestsPages(RequestWorkFilter type, ContentMode mode) {
    return streams.pages(inProgressRequests(requestParams(type, mode)), "p=1");
  }

  /**
   * Creators who posted requested works of one type. pixiv often sends these pages without the
   * users themselves: then the emitted {@link UserSummary} carries only the user id (look the user
   * up with {@code client.users().user(id)}).
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<UserSummary> requestCreators(RequestWorkType type, ContentMode mode) {
    return streams.items(requestCreators(requestParams(type, mode)), "p=1");
  }

  /**
   * The pages of {@link #requestCreators}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<UserSummary>> requestCreatorsPages(RequestWorkType type, ContentMode mode) {
    return streams.pages(requestCreators(requestParams(type, mode)), "p=1");
  }

  private static Map<String, String> requestParams(Enum<?> type, ContentMode mode) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(mode, "mode == null");
    return Map.of("type", ((io.github.pixivajax.core.api.QueryValue) type).queryValue(), "mode", mode.queryValue());
  }

  private Resource<CommissionRequest> completeRequests(Map<String, String> params) {
    RequestWorkType type = Params.parse(RequestWorkType.class, params.get("type"), "type");
    ContentMode mode = Params.parse(ContentMode.class, params.get("mode"), "mode");
    return Resources.byPage("requests.complete", params, p -> client.requests().complete(type, mode, p).map(f -> {
      var page = f.page();
      return page == null ? new PageOf<CommissionRequest>(List.of(), true, null)
          : new PageOf<>(f.requests(page.requestIds()), !page.pager().hasNextPage(), null);
    }), CommissionRequest::requestId, false);
  }

  private Resource<CommissionRequest> inProgressRequests(Map<String, String> params) {
    RequestWorkFilter type = Params.parse(RequestWorkFilter.class, params.get("type"), "type");
    ContentMode mode = Params.parse(ContentMode.class, params.get("mode"), "mode");
    return Resources.byPage("requests.in_progress", params, p -> client.requests().inProgress(type, mode, p).map(f -> {
      var page = f.page();
      return page == null ? new PageOf<CommissionRequest>(List.of(), true, null)
          : new PageOf<>(f.requests(page.requestIds()), !page.pager().hasNextPage(), null);
    }), CommissionRequest::requestId, false);
  }

  private Resource<UserSummary> requestCreators(Map<String, String> params) {
    RequestWorkType type = Params.parse(RequestWorkType.class, params.get("type"), "type");
    ContentMode mode = Params.parse(ContentMode.class, params.get("mode"), "mode");
    return Resources.byPage("requests.creators", params, p -> client.requests().creators(type, mode, p).map(f -> {
      var page = f.page();
      if (page == null) {
        return new PageOf<UserSummary>(List.of(), true, null);
      }
      List<UserSummary> users = new ArrayList<>();
      for (String id : page.creatorUserIds()) {
        users.add(f.user(id).orElseGet(() -> idOnly(id)));
      }
      return new PageOf<>(users, !page.pager().hasNextPage(), null);
    }), UserSummary::userId, false);
  }

  private static UserSummary idOnly(String id) {
    return new UserSummary(id, null, null, null, null, false, false, false, false, false, false, 0);
  }

  // ---------------------------------------------------------------- users (offset/limit)

  /**
   * The users {@code userId} follows, 24 a request, until pixiv's {@code total}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<FollowUser> following(long userId, Rest rest) {
    return streams.items(following(userParams(userId, rest)), "offset=0");
  }

  /**
   * The pages of {@link #following}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<Page<FollowUser>> followingPages(long userId, Rest rest) {
    return streams.pages(following(userParams(userId, rest)), "offset=0");
  }

  /**
   * The followers of {@code userId}, 24 a request, until pixiv's {@code total}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<FollowUser> followers(long userId) {
    return streams.items(followers(userParams(userId, null)), "offset=0");
  }

  /**
   * The pages of {@link #followers}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<Page<FollowUser>> followersPages(long userId) {
    return streams.pages(followers(userParams(userId, null)), "offset=0");
  }

  /**
   * The artworks {@code userId} bookmarked, 48 a request, until pixiv's {@code total}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @param tag a bookmark tag to filter by; empty for all
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<ArtworkThumbnail> bookmarks(long userId, String tag, Rest rest) {
    return streams.items(bookmarks(bookmarkParams(userId, tag, rest)), "offset=0");
  }

  /**
   * The pages of {@link #bookmarks}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<Page<ArtworkThumbnail>> bookmarksPages(long userId, String tag, Rest rest) {
    return streams.pages(bookmarks(bookmarkParams(userId, tag, rest)), "offset=0");
  }

  private static Map<String, String> userParams(long userId, @Nullable Rest rest) {
    positive(userId, "userId");
    Map<String, String> p = new LinkedHashMap<>();
    p.put("id", Long.toString(userId));
    if (rest != null) {
      p.put("rest", rest.queryValue());
    }
    return p;
  }

  private static Map<String, String> bookmarkParams(long userId, String tag, Rest rest) {
    Objects.requireNonNull(tag, "tag == null");
    Objects.requireNonNull(rest, "rest == null");
    Map<String, String> p = userParams(userId, rest);
    p.put("tag", tag);
    return p;
  }

  private Resource<FollowUser> following(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    Rest rest = Params.parse(Rest.class, params.get("rest"), "rest");
    return Resources.byOffset("user.following", params, FOLLOW_PAGE, (offset, limit) ->
        client.users().following(id, offset, limit, rest).map(l -> new PageOf<>(l.users(), false, l.total())),
        FollowUser::userId);
  }

  private Resource<FollowUser> followers(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    return Resources.byOffset("user.followers", params, FOLLOW_PAGE, (offset, limit) ->
        client.users().followers(id, offset, limit).map(l -> new PageOf<>(l.users(), false, l.total())),
        FollowUser::userId);
  }

  private Resource<ArtworkThumbnail> bookmarks(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    Rest rest = Params.parse(Rest.class, params.get("rest"), "rest");
    String tag = params.getOrDefault("tag", "");
    return Resources.byOffset("user.bookmarks", params, BOOKMARK_PAGE, (offset, limit) ->
        client.users().bookmarks(id, tag, offset, limit, rest).map(b -> new PageOf<>(b.works(), false, b.total())),
        ArtworkThumbnail::id);
  }

  // ---------------------------------------------------------------- artworks

  /**
   * The root comments of an artwork, newest first, 50 a request, until pixiv's {@code hasNext} is
   * false.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code illustId < 1}
   */
  public Flowable<Comment> comments(long illustId) {
    return streams.items(comments(idParams(illustId, "illustId")), "offset=0");
  }

  /**
   * The pages of {@link #comments}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code illustId < 1}
   */
  public Flowable<Page<Comment>> commentsPages(long illustId) {
    return streams.pages(comments(idParams(illustId, "illustId")), "offset=0");
  }

  private Resource<Comment> comments(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    return Resources.byOffset("illust.comments", params, COMMENT_PAGE, (offset, limit) ->
        client.artworks().comments(id, offset, limit).map(c -> new PageOf<>(c.comments(), !c.hasNext(), null)),
        Comment::id);
  }

  /**
   * Works pixiv recommends for an artwork: {@code recommend/init}, then the ids it returned in
   * {@code nextIds}, 18 at a time through {@code recommend/illusts}, until they run out.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code illustId < 1}
   */
  public Flowable<ArtworkThumbnail> recommendations(long illustId) {
    return streams.items(recommendations(idParams(illustId, "illustId")), "init");
  }

  /**
   * The pages of {@link #recommendations}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code illustId < 1}
   */
  public Flowable<Page<ArtworkThumbnail>> recommendationsPages(long illustId) {
    return streams.pages(recommendations(idParams(illustId, "illustId")), "init");
  }

  private Resource<ArtworkThumbnail> recommendations(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    return Resources.byPosition("illust.recommend", params, "init", position -> {
      if (position.equals("init")) {
        return client.artworks().recommendations(id, RECOMMEND_BATCH).map(r -> new Step<>(r.illusts(),
            r.nextIds().isEmpty() ? null : Resources.ids(r.nextIds()), null));
      }
      List<String> queue = Resources.ids(position);
      List<String> batch = queue.subList(0, Math.min(RECOMMEND_BATCH, queue.size()));
      List<String> rest = queue.subList(batch.size(), queue.size());
      return client.artworks().recommendedIllusts(List.copyOf(batch)).map(r -> new Step<>(r.illusts(),
          rest.isEmpty() ? null : Resources.ids(rest), null));
    }, ArtworkThumbnail::id, false);
  }

  private static Map<String, String> idParams(long id, String name) {
    positive(id, name);
    return Map.of("id", Long.toString(id));
  }

  // ---------------------------------------------------------------- discovery

  /**
   * Discovery's recommended artworks: polls pixiv on demand, each poll a fresh set, dropping works
   * already emitted. Ends after three polls in a row bring nothing new.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<ArtworkThumbnail> discoveryArtworks(ContentMode mode) {
    return streams.items(discoveryArtworks(modeParams(mode)), "poll=1");
  }

  /**
   * Discovery's recommended users, polled like {@link #discoveryArtworks}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<UserSummary> discoveryUsers() {
    return streams.items(discoveryUsers(Map.of()), "poll=1");
  }

  private Resource<ArtworkThumbnail> discoveryArtworks(Map<String, String> params) {
    ContentMode mode = Params.parse(ContentMode.class, params.get("mode"), "mode");
    return Resources.polls("discovery.artworks", params, () -> client.discovery().artworks(mode, DISCOVERY_PAGE).map(f -> {
      List<String> ids = new ArrayList<>();
      if (f.page() != null) {
        f.page().forEach(r -> ids.add(r.illustId()));
      }
      return ids.isEmpty() ? f.artworks() : f.artworks(ids);
    }), ArtworkThumbnail::id);
  }

  private Resource<UserSummary> discoveryUsers(Map<String, String> params) {
    return Resources.polls("discovery.users", params, () -> client.discovery().users(DISCOVERY_PAGE).map(f -> {
      List<String> ids = new ArrayList<>();
      if (f.page() != null) {
        f.page().forEach(r -> ids.add(r.userId()));
      }
      return ids.isEmpty() ? f.users() : f.users(ids);
    }), UserSummary::userId);
  }

  // ---------------------------------------------------------------- beyond the reference

  /**
   * The replies to a root comment, oldest first, page after page while pixiv's {@code hasNext} is
   * true.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code commentId < 1}
   */
  public Flowable<Comment> commentReplies(long commentId) {
    return streams.items(replies(idParams(commentId, "commentId")), "p=1");
  }

  private Resource<Comment> replies(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    return Resources.byPage("illust.replies", params,
        p -> client.artworks().commentReplies(id, p).map(c -> new PageOf<>(c.comments(), !c.hasNext(), null)),
        Comment::id, false);
  }

  /**
   * Every illustration and manga of a user with its details, newest first: the ids of {@code
   * profile/all}, then {@code profile/illusts} 100 ids at a time.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<ArtworkThumbnail> userWorks(long userId) {
    return streams.items(userWorks(idParams(userId, "userId")), "init");
  }

  /**
   * The pages of {@link #userWorks}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<Page<ArtworkThumbnail>> userWorksPages(long userId) {
    return streams.pages(userWorks(idParams(userId, "userId")), "init");
  }

  private Resource<ArtworkThumbnail> userWorks(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    return Resources.byPosition("user.works", params, "init", position -> {
      Single<List<String>> ids = position.equals("init")
          ? client.users().profileAll(id).map(all -> {
            List<String> merged = new ArrayList<>(all.illustIds());
            merged.addAll(all.mangaIds());
            merged.sort(Comparator.comparingLong(RxPixiv::numericId).reversed());
            return merged;
          })
          : Single.just(Resources.ids(position));
      return ids.flatMap(queue -> {
        if (queue.isEmpty()) {
          return Single.just(new Step<ArtworkThumbnail>(List.of(), null, 0));
        }
        List<String> batch = List.copyOf(queue.subList(0, Math.min(PROFILE_BATCH, queue.size())));
        List<String> rest = queue.subList(batch.size(), queue.size());
        return client.users().profileIllusts(id, batch, WorkCategory.ILLUST_MANGA, position.equals("init")).map(w -> {
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
    }, ArtworkThumbnail::id, false);
  }

  /**
   * A user's works with a tag ({@code illusts}, {@code manga} or both), 48 a request, until pixiv's
   * {@code total}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<ArtworkThumbnail> worksByTag(long userId, WorkKind kind, String tag) {
    return streams.items(worksByTag(tagParams(userId, kind, tag)), "offset=0");
  }

  private Resource<ArtworkThumbnail> worksByTag(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    WorkKind kind = Params.parse(WorkKind.class, params.get("kind"), "kind");
    String tag = params.getOrDefault("tag", "");
    return Resources.byOffset("user.works_by_tag", params, BOOKMARK_PAGE, (offset, limit) ->
        client.users().worksByTag(id, kind, tag, offset, limit).map(t -> new PageOf<>(t.works(), false, t.total())),
        ArtworkThumbnail::id);
  }

  /**
   * The works of a manga series in series order, page after page until pixiv's {@code total}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code seriesId < 1}
   */
  public Flowable<ArtworkThumbnail> series(long seriesId) {
    return streams.items(series(idParams(seriesId, "seriesId")), "p=1");
  }

  private Resource<ArtworkThumbnail> series(Map<String, String> params) {
    long id = Params.parseLong(params.get("id"), "id");
    return Resources.byPage("series", params, p -> client.series().series(id, p).map(f -> {
      var page = f.page();
      if (page == null) {
        return new PageOf<ArtworkThumbnail>(List.of(), true, null);
      }
      List<String> ids = page.series().stream().map(w -> w.workId()).toList();
      int reached = page.series().stream().mapToInt(w -> w.order()).max().orElse(0);
      return new PageOf<>(f.artworks(ids), reached >= page.total(), page.total());
    }), ArtworkThumbnail::id, false);
  }

  /**
   * A ranking from pixiv's newer {@code touch/ajax/ranking/illust}, 50 a page until {@code next} is
   * false, each page filled in with the works' details (one {@code recommend/illusts} call a page,
   * which needs a logged-in session).
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @param type null for all kinds
   * @param date null for the latest
   */
  public Flowable<RankedArtwork> touchRanking(RankingMode mode, @Nullable TouchRankingType type, @Nullable LocalDate date) {
    return streams.items(touchRanking(touchParams(mode, type, date)), "p=1");
  }

  private Resource<RankedArtwork> touchRanking(Map<String, String> params) {
    RankingMode mode = Params.parse(RankingMode.class, params.get("mode"), "mode");
    TouchRankingType type = params.containsKey("type") ? Params.parse(TouchRankingType.class, params.get("type"), "type") : null;
    LocalDate date = params.containsKey("date") ? LocalDate.parse(params.get("date")) : null;
    return Resources.byPage("ranking.touch", params, p -> client.ranking().touchRanking(mode, type, p, date).flatMap(r -> {
      if (r.ranking().isEmpty()) {
        return Single.just(new PageOf<RankedArtwork>(List.of(), true, null));
      }
      return client.artworks().recommendedIllusts(r.illustIds()).map(details -> {
        Map<String, ArtworkThumbnail> byId = new HashMap<>();
        details.illusts().forEach(t -> byId.put(t.id(), t));
        List<RankedArtwork> ranked = new ArrayList<>();
        r.ranking().forEach(item -> {
          ArtworkThumbnail t = byId.get(item.illustId());
          if (t != null) {
            ranked.add(new RankedArtwork(item.rank(), t));
          }
        });
        return new PageOf<>(ranked, r.next() == null, null);
      });
    }), ranked -> ranked.artwork().id(), false);
  }

  /**
   * The pages of {@link #discoveryArtworks}: one page per poll.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<ArtworkThumbnail>> discoveryArtworksPages(ContentMode mode) {
    return streams.pages(discoveryArtworks(modeParams(mode)), "poll=1");
  }

  /**
   * The pages of {@link #discoveryUsers}: one page per poll.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<UserSummary>> discoveryUsersPages() {
    return streams.pages(discoveryUsers(Map.of()), "poll=1");
  }

  /**
   * The pages of {@link #commentReplies}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code commentId < 1}
   */
  public Flowable<Page<Comment>> commentRepliesPages(long commentId) {
    return streams.pages(replies(idParams(commentId, "commentId")), "p=1");
  }

  /**
   * The pages of {@link #worksByTag}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code userId < 1}
   */
  public Flowable<Page<ArtworkThumbnail>> worksByTagPages(long userId, WorkKind kind, String tag) {
    return streams.pages(worksByTag(tagParams(userId, kind, tag)), "offset=0");
  }

  /**
   * The pages of {@link #series}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   *
   * @throws IllegalArgumentException if {@code seriesId < 1}
   */
  public Flowable<Page<ArtworkThumbnail>> seriesPages(long seriesId) {
    return streams.pages(series(idParams(seriesId, "seriesId")), "p=1");
  }

  /**
   * The pages of {@link #touchRanking}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<RankedArtwork>> touchRankingPages(RankingMode mode, @Nullable TouchRankingType type, @Nullable LocalDate date) {
    return streams.pages(touchRanking(touchParams(mode, type, date)), "p=1");
  }

  /**
   * The works the linked service ({@code linked_service/tumeng}) lists, page after page until {@code totalItemCount} or an empty page. pixiv sends them without a fixed shape, so they are plain maps.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Object> linkedServiceWorks() {
    return streams.items(linkedService(Map.of()), "p=1");
  }

  /**
   * The pages of {@link #linkedServiceWorks}.
   *
   * <dl>
   *   <dt><b>Backpressure:</b>
   *   <dd>Fetches a page only when demand needs an item it does not have, one at a time,
   *       plus {@link RxConfig#prefetch()} pages ahead.
   *   <dt><b>Scheduler:</b>
   *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()}; items are
   *       emitted there.
   *   <dt><b>Errors:</b>
   *   <dd>A throttle pauses every request of the client and the page is retried; 5xx, network and
   *       decoding failures are retried with backoff; {@code PixivAuthException}, {@code
   *       PixivNotFoundException} and what outlasts the retries go to {@code onError}.
   * </dl>
   */
  public Flowable<Page<Object>> linkedServiceWorksPages() {
    return streams.pages(linkedService(Map.of()), "p=1");
  }

  private Resource<Object> linkedService(Map<String, String> params) {
    return Resources.byPage("feed.linked_service", params, p -> client.feeds().tumeng(p).map(f -> {
      var page = f.page();
      if (page == null || page.works().isEmpty()) {
        return new PageOf<Object>(List.of(), true, page == null ? null : page.totalItemCount());
      }
      boolean last = (long) p * page.works().size() >= page.totalItemCount();
      return new PageOf<>(page.works(), last, page.totalItemCount());
    }), work -> String.valueOf(work instanceof Map<?, ?> m && m.get("id") != null ? m.get("id") : work.hashCode()), false);
  }

  private static Map<String, String> tagParams(long userId, WorkKind kind, String tag) {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(tag, "tag == null");
    Map<String, String> p = new LinkedHashMap<>(idParams(userId, "userId"));
    p.put("kind", kind.queryValue());
    p.put("tag", tag);
    return p;
  }

  private static Map<String, String> touchParams(RankingMode mode, @Nullable TouchRankingType type, @Nullable LocalDate date) {
    Objects.requireNonNull(mode, "mode == null");
    Map<String, String> p = new LinkedHashMap<>();
    p.put("mode", mode.queryValue());
    if (type != null) {
      p.put("type", type.queryValue());
    }
    if (date != null) {
      p.put("date", date.toString());
    }
    return p;
  }

  private static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1 but was " + value);
    }
  }

  @Override
  public String toString() {
    return "RxPixiv{" + client + ", " + config + "}";
  }
}
