package io.github.pixivajax.rx;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.rx.internal.Args;
import io.github.pixivajax.rx.internal.Resilience;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every paginated pixiv resource as a backpressured {@link Paged} stream, grouped by area like
 * {@link PixivClient}: {@code rx.search().artworks(query).items()}, {@code
 * rx.users().bookmarks(id, "", Rest.SHOW).pages()}. Create one per {@link PixivClient}; its streams
 * share the client's {@code RequestLimiter} with every other request of the client, so a 429 pauses
 * all of them. How every stream behaves (backpressure, scheduler, errors) is described once, on
 * {@link Paged}; live tails are on {@link #feeds()}.
 */
public final class RxPixiv {
  private final PixivClient client;
  private final RxConfig config;
  private final SearchStreams search;
  private final RankingStreams ranking;
  private final FeedStreams feeds;
  private final UserStreams users;
  private final ArtworkStreams artworks;
  private final RequestStreams requests;
  private final DiscoveryStreams discovery;
  private final SeriesStreams series;
  private final DownloadStreams downloads;
  private final Map<String, Object> areas = new LinkedHashMap<>();

  private RxPixiv(PixivClient client, RxConfig config) {
    this.client = client;
    this.config = config;
    Streams streams = new Streams(config, new Resilience(config, client.requestLimiter()));
    this.search = area(streams, "search", SearchStreams.class, SearchStreams::new);
    this.ranking = area(streams, "ranking", RankingStreams.class, RankingStreams::new);
    this.feeds = area(streams, "feeds", FeedStreams.class, FeedStreams::new);
    this.users = area(streams, "users", UserStreams.class, UserStreams::new);
    this.artworks = area(streams, "artworks", ArtworkStreams.class, ArtworkStreams::new);
    this.requests = area(streams, "requests", RequestStreams.class, RequestStreams::new);
    this.discovery = area(streams, "discovery", DiscoveryStreams.class, DiscoveryStreams::new);
    this.series = area(streams, "series", SeriesStreams.class, SeriesStreams::new);
    this.downloads = new DownloadStreams(client, config);
  }

  /** An area's streams, named {@code name} in cursors (the name of its accessor). */
  private <A> A area(Streams streams, String name, Class<A> type, Function<Area, A> make) {
    A area = make.apply(new Area(client, streams, name, type));
    areas.put(name, area);
    return area;
  }

  /** Streams over {@code client} with {@link RxConfig#defaults()}. */
  public static RxPixiv create(PixivClient client) {
    return create(client, RxConfig.defaults());
  }

  /** Streams over {@code client} with {@code config}. */
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

  /** Search results: artworks, illustrations, manga. */
  public SearchStreams search() {
    return search;
  }

  /** Rankings: the ranking and the touch ranking. */
  public RankingStreams ranking() {
    return ranking;
  }

  /** Feeds: followed users' and My pixiv works, the watch list, everyone's new works, live tails. */
  public FeedStreams feeds() {
    return feeds;
  }

  /** A user's following, followers, bookmarks and works. */
  public UserStreams users() {
    return users;
  }

  /** An artwork's comments, replies and recommendations. */
  public ArtworkStreams artworks() {
    return artworks;
  }

  /** pixiv Requests (commissions). */
  public RequestStreams requests() {
    return requests;
  }

  /** Discovery's recommended works and users. */
  public DiscoveryStreams discovery() {
    return discovery;
  }

  /** Series' works. */
  public SeriesStreams series() {
    return series;
  }

  /** Streams of artworks saved to disk, with the client's {@code downloads()}. */
  public DownloadStreams downloads() {
    return downloads;
  }

  /**
   * The stream that {@code cursor} came from, continued after the page that carried it (see {@link
   * Paged#from}): {@code rx.resume(Cursor.decode(saved)).items()}. A cursor of a last page gives
   * empty streams.
   *
   * @return a {@link Paged}
   * @throws IllegalArgumentException if the cursor names an unknown stream or bad parameters
   */
  @SuppressWarnings("unchecked")
  public <T> Paged<T> resume(Cursor<T> cursor) {
    Objects.requireNonNull(cursor, "cursor == null");
    String resource = cursor.resource();
    int dot = resource.indexOf('.');
    @Nullable Object area = dot < 0 ? null : areas.get(resource.substring(0, dot));
    if (area != null) {
      Method method = Args.stream(area.getClass(), resource.substring(dot + 1));
      try {
        return ((Paged<T>) method.invoke(area, Args.decode(method, cursor.params()))).from(cursor);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException r
            ? new IllegalArgumentException("cursor has bad parameters: " + r.getMessage(), r)
            : new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("cursor names an unknown stream: " + resource);
  }

  @Override
  public String toString() {
    return "RxPixiv{" + client + ", " + config + "}";
  }
}
