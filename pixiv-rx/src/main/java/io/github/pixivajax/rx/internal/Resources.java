package io.github.pixivajax.rx.internal;

import io.reactivex.rxjava3.core.Single;
import io.github.pixivajax.rx.internal.Resource.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
   * as pixiv's silent throttling (search does this) and retried.
   */
  public static <T> Resource<T> byPage(
      String name,
      Map<String, String> params,
      IntFunction<Single<PageOf<T>>> fetch,
      Function<T, String> id,
      boolean emptyMeansThrottle) {
    return new Base<T>(name, params, "p=1", id) {
      @Override
      public Single<Step<T>> fetch(String position) {
        int p = small(position, "p");
        return fetch.apply(p).map(page -> {
          if (page.items().isEmpty() && !page.last() && emptyMeansThrottle && p > 1) {
            throw new SuspectedThrottleException(name + " p=" + p);
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
      String name,
      Map<String, String> params,
      int limit,
      BiFunction<Integer, Integer, Single<PageOf<T>>> fetch,
      Function<T, String> id) {
    return new Base<T>(name, params, "offset=0", id) {
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
      String name,
      Map<String, String> params,
      String start,
      Function<String, Single<Step<T>>> fetch,
      Function<T, String> id,
      boolean live) {
    return new Base<T>(name, params, start, id) {
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
  public static <T> Resource<T> polls(
      String name, Map<String, String> params, Supplier<Single<List<T>>> poll, Function<T, String> id) {
    return byPosition(name, params, "poll=1", position -> {
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
    private final String name;
    private final Map<String, String> params;
    private final String start;
    private final Function<T, String> id;

    Base(String name, Map<String, String> params, String start, Function<T, String> id) {
      this.name = name;
      this.params = Map.copyOf(params);
      this.start = start;
      this.id = id;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Map<String, String> params() {
      return params;
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
