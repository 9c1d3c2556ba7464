package io.github.pixivajax.examples.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Rankings of 500 works per mode, content and date: the works posted by the end of that day that
 * fit the mode and content, scored by bookmarks, a per-ranking random factor and freshness.
 */
final class Rankings {
  static final List<String> MODES = List.of(
      "daily", "weekly", "monthly", "rookie", "original", "male", "female",
      "daily_r18", "weekly_r18", "male_r18", "female_r18");
  static final List<String> CONTENTS = List.of("all", "complex", "illust", "manga", "ugoira");
  static final int SIZE = 500;
  static final int PER_PAGE = 50;
  private static final int CACHE_LIMIT = 64;

  private final FakeData data;
  private final Map<String, int[]> cache = new ConcurrentHashMap<>();

  Rankings(FakeData data) {
    this.data = data;
  }

  /** The newest ranking: the day before the newest generated work. */
  static LocalDate latest() {
    return day(FakeData.ANCHOR).minusDays(1);
  }

  LocalDate earliest() {
    return day(data.created(1)).plusDays(7);
  }

  static LocalDate day(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atOffset(FakeData.JST).toLocalDate();
  }

  static boolean r18(String mode) {
    return mode.endsWith("_r18");
  }

  /** Up to 500 artwork ids, rank 1 first. */
  int[] ranking(String mode, String content, LocalDate date) {
    String key = mode + "/" + content + "/" + date;
    int[] cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    int[] computed = compute(mode, content, date);
    cache.put(key, computed);
    return computed;
  }

  private int[] compute(String mode, String content, LocalDate date) {
    long end = date.plusDays(1).atStartOfDay().toEpochSecond(FakeData.JST);
    IntPredicate eligible = eligibility(mode, content);
    double decay = mode.startsWith("monthly") ? 40 : mode.startsWith("weekly") ? 10 : 2.5;
    long salt = (mode.hashCode() * 31L + date.toEpochDay()) * 131 + FakeData.S_EXTRA;
    int last = Math.min(data.count(), FakeData.BASE_ARTWORKS);
    long[] scored = new long[last];
    int n = 0;
    for (int id = 1; id <= last; id++) {
      long created = data.created(id);
      if (created >= end || !eligible.test(id)) {
        continue;
      }
      double age = (end - created) / 86_400.0;
      double score = (data.bookmarks(id) + 5) * (0.5 + data.pick(id, salt, 1000) / 1000.0) / (1 + age / decay);
      // Scores are positive: their IEEE bits sort like the values. Keep 32 bits of score, 32 of id.
      scored[n++] = (Double.doubleToLongBits(score) >>> 32) << 32 | id;
    }
    long[] sorted = Arrays.copyOf(scored, n);
    Arrays.sort(sorted);
    int size = Math.min(SIZE, n);
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = (int) (sorted[n - 1 - i] & 0xffffffffL);
    }
    return out;
  }

  private IntPredicate eligibility(String mode, String content) {
    boolean r18 = r18(mode);
    IntPredicate ok = id -> (data.xRestrict(id) > 0) == r18;
    switch (content) {
      case "illust":
        ok = ok.and(id -> data.type(id) == FakeData.ILLUST);
        break;
      case "manga":
        ok = ok.and(id -> data.type(id) == FakeData.MANGA);
        break;
      case "ugoira":
        ok = ok.and(id -> data.type(id) == FakeData.UGOIRA);
        break;
      default:
        break;
    }
    if (mode.equals("original")) {
      ok = ok.and(data::original);
    } else if (mode.equals("rookie")) {
      ok = ok.and(id -> data.rookie(data.author(id)));
    }
    return ok;
  }
}
