package io.github.pixivajax.rx;

import io.github.pixivajax.rx.internal.Resource;
import io.reactivex.rxjava3.core.Flowable;
import java.util.Map;
import java.util.Objects;

/**
 * One paginated pixiv resource, e.g. {@code rx.users().bookmarks(id, "", Rest.SHOW)}: its items, its
 * pages (items plus a resumable {@link Cursor}), and the same stream continued from a saved cursor.
 * A {@code Paged} is a cold, immutable description: nothing is sent until a Flowable it returns is
 * subscribed, and every subscription walks the pages anew. Every paged method of the area classes
 * ({@link RxPixiv#search()}, {@link RxPixiv#users()}, …) returns one and behaves as described here.
 *
 * <dl>
 *   <dt><b>Backpressure:</b>
 *   <dd>Honours downstream demand. Subscribing sends nothing; a page is fetched only when demand
 *       needs an item it does not have, one fetch at a time, plus {@link RxConfig#prefetch()} pages
 *       ahead (0 by default). Items of a fetched page are buffered until requested.
 *   <dt><b>Scheduler:</b>
 *   <dd>Requests, limiter waits and retry timers run on {@link RxConfig#scheduler()} ({@code
 *       Schedulers.io()} by default); items are emitted there. Never blocks a computation thread.
 *   <dt><b>Errors:</b>
 *   <dd>Every request goes through the client's {@code RequestLimiter}, shared by all streams and
 *       calls of the client. A throttle ({@code PixivRateLimitException}: HTTP 429 or pixiv's
 *       rate-limit error) pauses every request of the client for pixiv's {@code Retry-After} (or a
 *       default that grows on repeats) and retries the same page, up to {@link
 *       RxConfig#rateLimitRetries()} times. {@code PixivServerException}, {@code
 *       PixivNetworkException}, {@code PixivDecodeException} and {@code
 *       PixivSuspectedThrottleException} (search's empty page before the last) are retried with
 *       exponential backoff and jitter up to {@link RxConfig#maxRetries()} times. Auth, not-found and
 *       other client errors fail at once. Whatever remains is signalled as {@code onError} after the
 *       items already emitted.
 * </dl>
 *
 * <p>Disposing cancels the in-flight HTTP call and any pending timer. Items already emitted by a
 * subscription are not emitted again when pages shift under it (bounded by {@link
 * RxConfig#dedupeCapacity()}); a stream whose pages bring only items already seen ends.
 *
 * @param <T> the item type
 */
public final class Paged<T> {
  private final Streams streams;
  private final String name;
  private final Map<String, String> params;
  private final Resource<T> resource;
  private final String position;

  Paged(Streams streams, String name, Map<String, String> params, Resource<T> resource, String position) {
    this.streams = streams;
    this.name = name;
    this.params = Map.copyOf(params);
    this.resource = resource;
    this.position = position;
  }

  /** Every item, page after page, until the resource's last page. */
  public Flowable<T> items() {
    return streams.items(name, params, resource, position);
  }

  /**
   * Every page with its items, its {@link Cursor} (where the next page is) and pixiv's total when it
   * sends one. A page's items are those {@link #items()} would emit for it.
   */
  public Flowable<Page<T>> pages() {
    return streams.pages(name, params, resource, position);
  }

  /**
   * This stream continued after the page that carried {@code cursor}: exactly what an uninterrupted
   * subscription would have emitted next. A cursor of a last page ({@link Cursor#isEnd()}) gives
   * empty streams.
   *
   * @throws IllegalArgumentException if {@code cursor} belongs to another stream or other parameters
   */
  public Paged<T> from(Cursor<?> cursor) {
    Objects.requireNonNull(cursor, "cursor == null");
    if (!cursor.resource().equals(name) || !cursor.params().equals(params)) {
      throw new IllegalArgumentException("cursor belongs to " + cursor.resource() + " " + cursor.params()
          + ", not to " + name + " " + params);
    }
    return new Paged<>(streams, name, params, resource, cursor.position());
  }

  /** The stream's name in cursors, e.g. {@code users.bookmarks}: its area and method. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Paged{" + name + " " + params + " @ " + position + "}";
  }
}
