package io.github.pixivajax.rx.internal;

import io.github.pixivajax.core.PixivSuspectedThrottleException;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.model.search.SearchPage;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.reactivex.rxjava3.core.Single;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Search past pixiv's page cap (page 1000, 5000 with premium): when a search is capped (its total is
 * more than its last page holds), the next slice asks again from {@code p=1} with the date window
 * narrowed to the day of the last work seen ({@code ecd} for {@code date_d}, {@code scd} for {@code
 * date}), as PixivUtil2 does. pixiv's dates are whole days (JST), so the new slice repeats the works
 * of that border day already emitted: they are skipped by their (creation time, id) key, which is
 * also what pixiv orders by, so the works of the border day not yet seen all arrive, once.
 *
 * <p>Positions carry the whole state, so a cursor resumes inside any slice: {@code p=N} in the first
 * slice, {@code p=N;day=YYYY-MM-DD;after=EPOCH_SECOND:ID} in later ones.
 */
public final class DateSlices {
  static final ZoneOffset JST = ZoneOffset.ofHours(9);
  private static final int PER_PAGE = 60;

  private DateSlices() {}

  /**
   * A search resource that slices by date.
   *
   * @param query the search; its order must be {@code date_d} (the default) or {@code date}
   * @param search one page of the search for a query
   * @param created a work's creation time
   * @param path what a suspected throttle names
   * @throws IllegalArgumentException for popularity orders, which date windows cannot slice
   */
  public static <T> Resource<T> resource(
      SearchQuery query,
      Function<SearchQuery, Single<SearchPage<T>>> search,
      Function<T, String> id,
      Function<T, @Nullable OffsetDateTime> created,
      String path) {
    boolean newestFirst = newestFirst(query.order());
    return resource(newestFirst, PER_PAGE, (p, day) -> {
      SearchQuery.Builder b = query.toBuilder().p(p);
      if (day != null) {
        b = newestFirst ? b.dates(query.scd(), day) : b.dates(day, query.ecd());
      }
      return search.apply(b.build());
    }, id, created, path);
  }

  /**
   * Whether {@code order} lists newest first; the orders that can be sliced are {@code date_d} (and
   * null, pixiv's default) and {@code date}.
   *
   * @throws IllegalArgumentException for popularity orders, which date windows cannot slice
   */
  public static boolean newestFirst(@Nullable SearchOrder order) {
    SearchOrder o = order == null ? SearchOrder.DATE_DESC : order;
    if (o != SearchOrder.DATE_DESC && o != SearchOrder.DATE) {
      throw new IllegalArgumentException("order must be date_d or date to search past pixiv's page cap, but was "
          + o.queryValue() + ": a popularity order cannot be sliced by date");
    }
    return o == SearchOrder.DATE_DESC;
  }

  /** One page of a search: page {@code p}, with the date window ending ({@code date_d}) or starting ({@code date}) on {@code day} when not null. */
  @FunctionalInterface
  public interface Search<T> {
    Single<SearchPage<T>> page(int p, @Nullable LocalDate day);
  }

  /**
   * A date-sliced resource over any search with {@code perPage} works a page (novels: 30).
   *
   * @param newestFirst from {@link #newestFirst}
   */
  public static <T> Resource<T> resource(
      boolean newestFirst,
      int perPage,
      Search<T> search,
      Function<T, String> id,
      Function<T, @Nullable OffsetDateTime> created,
      String path) {
    return Resources.byPosition("p=1", position -> {
      Slice s = Slice.parse(position);
      return search.page(s.p(), s.day()).map(page -> step(page, s, newestFirst, perPage, id, created, path));
    }, id, false);
  }

  private static <T> Step<T> step(SearchPage<T> page, Slice s, boolean newestFirst, int perPage, Function<T, String> id,
      Function<T, @Nullable OffsetDateTime> created, String path) {
    List<T> raw = page.data();
    Integer lastPage = page.lastPage();
    boolean lastOfSlice = lastPage != null ? s.p() >= lastPage : (long) s.p() * perPage >= page.total();
    if (raw.isEmpty() && !lastOfSlice && s.p() > 1) {
      // pixiv answers a throttled account with empty pages.
      throw new PixivSuspectedThrottleException(path, s.p());
    }
    List<T> fresh = new ArrayList<>(raw.size());
    for (T t : raw) {
      if (s.after() == null || s.after().isPassedBy(key(t, id, created), newestFirst)) {
        fresh.add(t);
      }
    }
    String next = null;
    if (!raw.isEmpty() && !lastOfSlice) {
      next = new Slice(s.p() + 1, s.day(), s.after()).encode();
    } else if (!raw.isEmpty() && lastPage != null && page.total() > (long) lastPage * perPage) {
      Key tail = key(raw.get(raw.size() - 1), id, created);
      LocalDate day = tail.day();
      if (day.equals(s.day())) {
        throw new IllegalStateException("more works on " + day + " than pixiv pages through (" + lastPage
            + " pages of " + perPage + "): search cannot be sliced finer than a day");
      }
      next = new Slice(1, day, tail).encode();
    }
    return new Step<>(fresh, next, s.day() == null ? page.total() : null);
  }

  private static <T> Key key(T work, Function<T, String> id, Function<T, @Nullable OffsetDateTime> created) {
    OffsetDateTime at = created.apply(work);
    if (at == null) {
      throw new IllegalStateException("work " + id.apply(work) + " has no createDate to slice the search by");
    }
    long n;
    try {
      n = Long.parseLong(id.apply(work));
    } catch (NumberFormatException e) {
      n = 0;
    }
    return new Key(at.toEpochSecond(), n);
  }

  /** pixiv's order within a search: creation time, then id. */
  record Key(long epochSecond, long id) {
    /** Whether {@code other} comes after this key in the search's order (so was not emitted yet). */
    boolean isPassedBy(Key other, boolean newestFirst) {
      int c = Long.compare(other.epochSecond, epochSecond);
      if (c == 0) {
        c = Long.compare(other.id, id);
      }
      return newestFirst ? c < 0 : c > 0;
    }

    LocalDate day() {
      return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond), JST).toLocalDate();
    }

    String encode() {
      return epochSecond + ":" + id;
    }

    static Key parse(String s) {
      int colon = s.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("position's after is not EPOCH:ID: " + s);
      }
      return new Key(Long.parseLong(s.substring(0, colon)), Long.parseLong(s.substring(colon + 1)));
    }
  }

  /** Page {@code p} of the slice ending (or starting) on {@code day}, skipping up to {@code after}. */
  record Slice(int p, @Nullable LocalDate day, @Nullable Key after) {
    String encode() {
      return day == null ? "p=" + p : "p=" + p + ";day=" + day + ";after=" + (after == null ? "" : after.encode());
    }

    static Slice parse(String position) {
      int p = 0;
      LocalDate day = null;
      Key after = null;
      try {
        for (String part : position.split(";")) {
          int eq = part.indexOf('=');
          String k = eq < 0 ? part : part.substring(0, eq);
          String v = eq < 0 ? "" : part.substring(eq + 1);
          switch (k) {
            case "p" -> p = Integer.parseInt(v);
            case "day" -> day = LocalDate.parse(v);
            case "after" -> after = v.isEmpty() ? null : Key.parse(v);
            default -> throw new IllegalArgumentException("unknown part " + k);
          }
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("position " + position + " is not a search slice", e);
      }
      if (p < 1) {
        throw new IllegalArgumentException("position " + position + " is not a search slice");
      }
      return new Slice(p, day, after);
    }
  }
}
