package io.github.pixivajax.examples.fake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * pixiv's search over the synthetic works: {@code word} with spaces (AND), {@code OR} and {@code
 * -exclusions}; {@code s_mode} {@code s_tag_full} (exact tag, or its English/romaji translation),
 * {@code s_tag} (partial) or {@code s_tc} (title and caption); {@code mode}, {@code type}, size,
 * date and bookmark filters; {@code order} by date or popularity.
 */
final class Search {
  static final int PER_PAGE = 60;

  private final FakeData data;

  Search(FakeData data) {
    this.data = data;
  }

  /** The matching ids in the requested order. */
  List<Integer> run(Call c, String word, IntPredicate typeFilter) {
    IntPredicate match = words(word, c.query("s_mode", "s_tag")).and(typeFilter).and(data.mode(c.query("mode", "all")));
    match = match.and(filters(c));
    List<Integer> ids = data.newest(match, Integer.MAX_VALUE);
    String order = c.query("order", "date_d");
    if (order.equals("date")) {
      Collections.reverse(ids);
    } else if (order.startsWith("popular")) {
      Comparator<Integer> byBookmarks = Comparator.comparingInt(data::bookmarks);
      ids.sort(order.endsWith("_d") ? byBookmarks.reversed() : byBookmarks);
    }
    return ids;
  }

  /** {@code type} of artworks and illustrations search. */
  IntPredicate typeFilter(String type) {
    switch (type) {
      case "illust_and_ugoira":
        return id -> data.type(id) != FakeData.MANGA;
      case "illust":
        return id -> data.type(id) == FakeData.ILLUST;
      case "manga":
        return id -> data.type(id) == FakeData.MANGA;
      case "ugoira":
        return id -> data.type(id) == FakeData.UGOIRA;
      default:
        return id -> true;
    }
  }

  private IntPredicate words(String word, String sMode) {
    List<List<String>> groups = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    boolean or = false;
    for (String token : word.replace('\u3000', ' ').replace("(", " ").replace(")", " ").trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.equals("OR")) {
        or = !groups.isEmpty();
      } else if (token.startsWith("-") && token.length() > 1) {
        excluded.add(token.substring(1));
      } else {
        if (or) {
          groups.get(groups.size() - 1).add(token);
        } else {
          groups.add(new ArrayList<>(List.of(token)));
        }
        or = false;
      }
    }
    if (groups.isEmpty()) {
      return id -> false;
    }
    IntPredicate all = id -> true;
    for (List<String> group : groups) {
      all = all.and(anyOf(group, sMode));
    }
    return excluded.isEmpty() ? all : all.and(anyOf(excluded, sMode).negate());
  }

  private IntPredicate anyOf(List<String> terms, String sMode) {
    if (sMode.equals("s_tc")) {
      List<String> lower = terms.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
      return id -> {
        String text = (data.title(id) + "\n" + data.description(id)).toLowerCase(Locale.ROOT);
        return lower.stream().anyMatch(text::contains);
      };
    }
    long mask = tagMask(terms, sMode.equals("s_tag_full"));
    return id -> (data.tagBits(id) & mask) != 0;
  }

  /** The vocabulary tags the terms name. */
  static long tagMask(List<String> terms, boolean exact) {
    long mask = 0;
    for (String term : terms) {
      String lower = term.toLowerCase(Locale.ROOT);
      for (int t = 0; t < Vocab.TAGS.size(); t++) {
        Vocab.TagDef def = Vocab.tag(t);
        if (exact ? def.matchesExactly(term) : def.matchesPartly(lower)) {
          mask |= 1L << t;
        }
      }
    }
    return mask;
  }

  private IntPredicate filters(Call c) {
    IntPredicate f = id -> true;
    int wlt = c.intQuery("wlt", 0, 0, Integer.MAX_VALUE);
    int wgt = c.intQuery("wgt", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    int hlt = c.intQuery("hlt", 0, 0, Integer.MAX_VALUE);
    int hgt = c.intQuery("hgt", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    if (wlt > 0 || wgt < Integer.MAX_VALUE || hlt > 0 || hgt < Integer.MAX_VALUE) {
      f = f.and(id -> data.width(id) >= wlt && data.width(id) <= wgt && data.height(id) >= hlt && data.height(id) <= hgt);
    }
    String ratio = c.query("ratio");
    if (ratio != null && !ratio.isEmpty()) {
      double r = parseRatio(ratio);
      f = f.and(id -> Math.signum(data.width(id) - data.height(id)) == Math.signum(r));
    }
    long from = date(c, "scd", 0);
    long to = date(c, "ecd", 1);
    if (from > Long.MIN_VALUE || to < Long.MAX_VALUE) {
      f = f.and(id -> data.created(id) >= from && data.created(id) < to);
    }
    int blt = c.intQuery("blt", 0, 0, Integer.MAX_VALUE);
    int bgt = c.intQuery("bgt", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    if (blt > 0 || bgt < Integer.MAX_VALUE) {
      f = f.and(id -> data.bookmarks(id) >= blt && data.bookmarks(id) <= bgt);
    }
    return f;
  }

  private static double parseRatio(String ratio) {
    try {
      return Double.parseDouble(ratio);
    } catch (NumberFormatException e) {
      throw FakeError.badRequest("Invalid parameter: ratio");
    }
  }

  /** {@code scd}/{@code ecd} (yyyy-MM-dd, JST) as epoch seconds: the day's start, or the next day's for ecd. */
  private static long date(Call c, String name, int plusDays) {
    String v = c.query(name);
    if (v == null || v.isEmpty()) {
      return plusDays == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    try {
      return LocalDate.parse(v).plusDays(plusDays).atStartOfDay().toEpochSecond(FakeData.JST);
    } catch (DateTimeParseException e) {
      throw FakeError.badRequest("Invalid parameter: " + name);
    }
  }

  /** The tags most used by {@code ids} besides those in {@code skipMask}. */
  List<Integer> relatedTags(List<Integer> ids, long skipMask, int limit) {
    int[] counts = new int[Vocab.TAGS.size()];
    for (int id : ids) {
      long bits = data.tagBits(id) & ~skipMask & ~(1L << Vocab.R18);
      while (bits != 0) {
        counts[Long.numberOfTrailingZeros(bits)]++;
        bits &= bits - 1;
      }
    }
    List<Integer> tags = new ArrayList<>();
    for (int t = 0; t < counts.length; t++) {
      if (counts[t] > 0) {
        tags.add(t);
      }
    }
    tags.sort(Comparator.comparingInt((Integer t) -> counts[t]).reversed());
    return tags.subList(0, Math.min(limit, tags.size()));
  }
}
