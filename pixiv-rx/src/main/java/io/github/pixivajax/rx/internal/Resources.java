package io.github.pixivajax.rx.internal;

import io.github.pixivajax.core.PixivDecodeException;
import io.github.pixivajax.core.PixivSuspectedThrottleException;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.reactivex.rxjava3.core.Single;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Builders for pixiv's pagination styles. Positions are strings such as {@code p=3}, {@code offset=48}. */
public final class Resources {
  private Resources() {}

  /** What a page says about itself, extracted from the endpoint's response. */
  public record PageOf<T>(List<T> items, boolean last, @Nullable Integer total) {
    public PageOf {
      items = List.copyOf(items);
    }
  }

  /**
   * Page-number pagination ({@code p} from 1). Ends on a page that says it is the last, or an empty
   * one. With {@code emptyMeansThrottle}, an empty page that does not say it is the last is treated
   * as pixiv's silent throttling (search does this): a {@link PixivSuspectedThrottleException} for
   * {@code path}, which is retried.
   */
  public static <T> Resource<T> byPage(
      IntFunction<Single<PageOf<T>>> fetch, Function<T, String> id, @Nullable String emptyMeansThrottle) {
    return new Base<T>("p=1", id) {
      @Override
      public Single<Step<T>> fetch(String position) {
        int p = small(position, "p");
        return fetch.apply(p).map(page -> {
          if (page.items().isEmpty() && !page.last() && emptyMeansThrottle != null && p > 1) {
            throw new PixivSuspectedThrottleException(emptyMeansThrottle, p);
          }
          boolean end = page.last() || page.items().isEmpty();
          return new Step<>(page.items(), end ? null : "p=" + (p + 1), page.total());
        });
      }
    };
  }

  /**
   * Offset/limit pagination. Ends when a page says so ({@code hasNext} false or {@code total}
   * reached) or comes back empty.
   */
  public static <T> Resource<T> byOffset(
      int limit,
      BiFunction<Integer, Integer, Single<PageOf<T>>> fetch,
      Function<T, String> id) {
    return new Base<T>("offset=0", id) {
      @Override
      public Single<Step<T>> fetch(String position) {
        int offset = small(position, "offset");
        return fetch.apply(offset, limit).map(page -> {
          int reached = offset + page.items().size();
          boolean end = page.last() || page.items().isEmpty() || (page.total() != null && reached >= page.total());
          return new Step<>(page.items(), end ? null : "offset=" + reached, page.total());
        });
      }
    };
  }

  /** A page at an opaque position string, for cursors such as {@code lastId} or queues of ids. */
  public static <T> Resource<T> byPosition(
      String start,
      Function<String, Single<Step<T>>> fetch,
      Function<T, String> id,
      boolean live) {
    return new Base<T>(start, id) {
      @Override
      public Single<Step<T>> fetch(String position) {
        return fetch.apply(position);
      }

      @Override
      public boolean live() {
        return live;
      }
    };
  }

  /**
   * Repeated polls of an endpoint that answers each call with a fresh set (discovery). Never ends by
   * itself: the stream ends when several polls in a row bring only items already emitted.
   */
  public static <T> Resource<T> polls(Supplier<Single<List<T>>> poll, Function<T, String> id) {
    return byPosition("poll=1", position -> {
      int n = small(position, "poll");
      return poll.get().map(items -> new Step<>(items, "poll=" + (n + 1), null));
    }, id, false);
  }

  // Ids and cursors are long: pixiv's ids passed 2^31 long ago (lastId=3000000000 is real data).
  public static long number(String position, String key) {
    String prefix = key + "=";
    if (!position.startsWith(prefix)) {
      throw new IllegalArgumentException("position " + position + " is not " + key + "=N");
    }
    try {
      return Long.parseLong(position.substring(prefix.length()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("position " + position + " is not " + key + "=N", e);
    }
  }

  /**
   * A position value that pixiv sent (e.g. {@code lastId}): a number, else the response is
   * malformed — a decode error of that endpoint, never a usage error of the caller's.
   */
  public static String serverNumber(String endpoint, String key, String value) {
    try {
      Long.parseLong(value);
      return key + "=" + value;
    } catch (NumberFormatException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      throw new PixivDecodeException(endpoint, key + " is not a number: \"" + shown + "\"", "", e);
    }
  }

  /** Page numbers and offsets, which the endpoints take as int. */
  private static int small(String position, String key) {
    long n = number(position, key);
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("position " + position + " is out of range");
    }
    return (int) n;
  }

  /** {@code ids=1,2,3} ↔ a list. */
  public static List<String> ids(String position) {
    if (!position.startsWith("ids=")) {
      throw new IllegalArgumentException("position " + position + " is not ids=…");
    }
    String rest = position.substring(4);
    List<String> out = new ArrayList<>();
    for (String s : rest.split(",")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  public static String ids(List<String> ids) {
    return "ids=" + String.join(",", ids);
  }

  private abstract static class Base<T> implements Resource<T> {
    private final String start;
    private final Function<T, String> id;

    Base(String start, Function<T, String> id) {
      this.start = start;
      this.id = id;
    }

    @Override
    public String start() {
      return start;
    }

    @Override
    public String id(T item) {
      return id.apply(item);
    }
  }
}
