package io.github.pixivajax.examples.fake;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The synthetic pixiv: artworks {@code 1…count()} and users {@code 1…USERS}, every attribute derived
 * from the seed and the id on demand. Only tags (as bit sets), authors and bookmark counts are cached
 * (a few arrays); the mutable parts are works added at run time and the viewers' bookmarks and likes.
 *
 * <p>Artwork ids grow with time: a higher id is always a newer work.
 */
final class FakeData {
  static final int BASE_ARTWORKS = 12_000;
  static final int USERS = 600;
  /** The demo account: {@code PHPSESSID=1_…} logs in as this user. */
  static final int DEMO_USER = 1;
  static final int MAX_COMMENTS = 40;
  static final ZoneOffset JST = ZoneOffset.ofHours(9);
  /** When the newest generated work was posted (then works added at run time follow, at "now"). */
  static final long ANCHOR = LocalDateTime.of(2024, 9, 1, 12, 0).toEpochSecond(JST);
  private static final int STEP = 1200;
  private static final long BOOKMARK_ID_BASE = 17_000_000_000L;
  private static final int SERIES_ID_BASE = 10_000;
  private static final int REQUEST_WORK_BASE = 100_000;
  static final int IN_PROGRESS_REQUESTS = 240;

  static final int ILLUST = 0;
  static final int MANGA = 1;
  static final int UGOIRA = 2;

  // Salts: one per derived attribute (plus multiples of S_FREE for its sub-draws), so attributes are
  // independent of each other. Other classes draw with S_EXTRA + n.
  private static final int S_TYPE = 1;
  private static final int S_XR = 2;
  private static final int S_AUTHOR = 3;
  private static final int S_GENRE = 4;
  private static final int S_TAGS = 5;
  private static final int S_TITLE = 6;
  private static final int S_SIZE = 7;
  private static final int S_COUNTS = 8;
  private static final int S_TIME = 9;
  private static final int S_USER = 10;
  private static final int S_FOLLOW = 11;
  private static final int S_BOOKMARK = 12;
  private static final int S_REQUEST = 13;
  private static final int S_FREE = 64;
  static final int S_EXTRA = 10_000;

  private static final int[] GENERAL = general();

  final long seed;
  private final long[] baseTagBits = new long[BASE_ARTWORKS + 1];
  private final int[] baseBookmarks = new int[BASE_ARTWORKS + 1];
  private final int[] baseAuthors = new int[BASE_ARTWORKS + 1];
  private final int[][] baseWorks = new int[USERS + 1][];
  private final int[] requestCreators;

  private volatile int count = BASE_ARTWORKS;
  private final Map<Integer, Long> addedAt = new ConcurrentHashMap<>();
  private final Map<Integer, List<Integer>> addedWorks = new ConcurrentHashMap<>();
  private final Map<Long, Mark> bookmarkOverlay = new ConcurrentHashMap<>();
  private final Map<Long, Boolean> likes = new ConcurrentHashMap<>();
  private final Map<Long, Follow> followOverlay = new ConcurrentHashMap<>();
  private final Map<Long, Boolean> watchOverlay = new ConcurrentHashMap<>();
  private final AtomicLong bookmarkSeq = new AtomicLong();
  private final AtomicLong polls = new AtomicLong();

  /** A follow that differs from the generated one. */
  private record Follow(boolean on, boolean isPrivate) {}

  /** {@code v} follows {@code u} now (publicly or privately), or no longer. */
  void setFollow(int v, int u, boolean on, boolean isPrivate) {
    followOverlay.put(pair(v, u), new Follow(on, isPrivate));
  }

  /** {@code v} watches the series now, or no longer. */
  void setWatching(int v, long seriesId, boolean on) {
    watchOverlay.put(key(v, seriesId), on);
  }

  /** A viewer's bookmark state that differs from the generated one ({@code seq} 0 keeps generated order). */
  private record Mark(boolean on, boolean isPrivate, long seq) {}

  /** A bookmark: its id (for delete and edit) and whether it is private. */
  record Bookmark(long id, boolean isPrivate) {}

  FakeData(long seed) {
    this.seed = seed;
    int[] perUser = new int[USERS + 1];
    for (int id = 1; id <= BASE_ARTWORKS; id++) {
      baseBookmarks[id] = deriveBookmarks(id);
      int author = deriveAuthor(id);
      baseAuthors[id] = author;
      perUser[author]++;
    }
    for (int u = 1; u <= USERS; u++) {
      baseWorks[u] = new int[perUser[u]];
      perUser[u] = 0;
    }
    for (int id = 1; id <= BASE_ARTWORKS; id++) {
      int author = baseAuthors[id];
      baseWorks[author][perUser[author]++] = id;
      long bits = 0;
      for (int t : deriveTags(id)) {
        bits |= 1L << t;
      }
      baseTagBits[id] = bits;
    }
    requestCreators = IntStream.rangeClosed(1, USERS).filter(this::acceptRequest).toArray();
  }

  // ---- hashing ----

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A well-mixed 64-bit value for {@code (key, salt)} under this seed. */
  long h(long key, long salt) {
    return mix(seed ^ mix(key * 0x9E3779B97F4A7C15L + salt * 0xD1B54A32D192ED03L));
  }

  int pick(long key, long salt, int bound) {
    return (int) Math.floorMod(h(key, salt), (long) bound);
  }

  /** 0…99. */
  int pct(long key, long salt) {
    return pick(key, salt, 100);
  }

  static long pair(long a, long b) {
    return a * 1_000_003L + b;
  }

  // ---- artworks ----

  int count() {
    return count;
  }

  boolean exists(long id) {
    return id >= 1 && id <= count;
  }

  int type(long id) {
    int r = pct(id, S_TYPE);
    return r < 72 ? ILLUST : r < 90 ? MANGA : UGOIRA;
  }

  int xRestrict(long id) {
    return pct(id, S_XR) < 5 ? 1 : 0;
  }

  int sl(long id) {
    return xRestrict(id) > 0 ? 6 : pct(id, S_XR + S_FREE) < 30 ? 4 : 2;
  }

  int author(long id) {
    return id <= BASE_ARTWORKS ? baseAuthors[(int) id] : deriveAuthor(id);
  }

  private int deriveAuthor(long id) {
    return 1 + pick(id, S_AUTHOR, USERS);
  }

  long tagBits(long id) {
    if (id <= BASE_ARTWORKS) {
      return baseTagBits[(int) id];
    }
    long bits = 0;
    for (int t : deriveTags(id)) {
      bits |= 1L << t;
    }
    return bits;
  }

  boolean hasTag(long id, int tag) {
    return (tagBits(id) & (1L << tag)) != 0;
  }

  /** The artwork's tags (vocabulary indexes) in display order. */
  int[] tags(long id) {
    return deriveTags(id);
  }

  private int[] deriveTags(long id) {
    int[] out = new int[16];
    int n = 0;
    if (xRestrict(id) > 0) {
      out[n++] = Vocab.R18;
    }
    boolean genshin = pct(id, S_GENRE) < 40;
    boolean original = !genshin && pct(id, S_GENRE + S_FREE) < 50;
    if (genshin) {
      out[n++] = Vocab.GENSHIN;
      if (pct(id, S_GENRE + 2 * S_FREE) < 50) {
        out[n++] = Vocab.GENSHIN_CHARACTERS + pick(id, S_GENRE + 3 * S_FREE, Vocab.GENSHIN_EN - Vocab.GENSHIN_CHARACTERS);
      }
      if (pct(id, S_GENRE + 4 * S_FREE) < 40) {
        out[n++] = Vocab.GENSHIN_EN;
      }
    } else if (original) {
      out[n++] = Vocab.ORIGINAL;
    }
    int type = type(id);
    if (type == MANGA && pct(id, S_TAGS) < 70) {
      out[n++] = Vocab.MANGA;
    } else if (type == UGOIRA && pct(id, S_TAGS) < 80) {
      out[n++] = Vocab.UGOIRA;
    }
    if (pct(id, S_TAGS + S_FREE) < 35) {
      out[n++] = Vocab.GIRL;
    }
    int extra = 1 + pick(id, S_TAGS + 2 * S_FREE, 4);
    for (int i = 0, tries = 0; i < extra && tries < 12; tries++) {
      int t = GENERAL[pick(id, S_TAGS + 3 * S_FREE + tries, GENERAL.length)];
      if (!contains(out, n, t)) {
        out[n++] = t;
        i++;
      }
    }
    if (pct(id, S_TAGS + 4 * S_FREE) < 25) {
      out[n++] = Vocab.ENGLISH_FROM + pick(id, S_TAGS + 5 * S_FREE, Vocab.ENGLISH_TO - Vocab.ENGLISH_FROM);
    }
    if (bookmarks(id) >= 1000 && (genshin || original)) {
      out[n++] = genshin ? Vocab.GENSHIN_1000 : Vocab.ORIGINAL_1000;
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  String title(long id) {
    long bits = tagBits(id);
    if (pct(id, S_TITLE) < 30) {
      for (int t = Vocab.GENSHIN_CHARACTERS; t < Vocab.GENSHIN_EN; t++) {
        if ((bits & (1L << t)) != 0) {
          return Vocab.tag(t).name().replace("(原神)", "");
        }
      }
    }
    String base = Vocab.TITLES.get(pick(id, S_TITLE + S_FREE, Vocab.TITLES.size()));
    return pct(id, S_TITLE + 2 * S_FREE) < 20 ? base + " " + (2 + pick(id, S_TITLE + 3 * S_FREE, 9)) : base;
  }

  String description(long id) {
    return Vocab.DESCRIPTIONS.get(pick(id, S_TITLE + 4 * S_FREE, Vocab.DESCRIPTIONS.size()));
  }

  int width(long id) {
    return 600 + pick(id, S_SIZE, 3400);
  }

  int height(long id) {
    int w = width(id);
    int shape = pct(id, S_SIZE + S_FREE);
    double ratio = shape < 55 ? 1.2 + pick(id, S_SIZE + 2 * S_FREE, 40) / 100.0
        : shape < 90 ? 0.5 + pick(id, S_SIZE + 2 * S_FREE, 30) / 100.0 : 1.0;
    return (int) Math.round(w * ratio);
  }

  int pageCount(long id) {
    switch (type(id)) {
      case MANGA:
        return 2 + pick(id, S_SIZE + 3 * S_FREE, 23);
      case UGOIRA:
        return 1;
      default:
        return pct(id, S_SIZE + 3 * S_FREE) < 75 ? 1 : 2 + pick(id, S_SIZE + 4 * S_FREE, 5);
    }
  }

  int bookmarks(long id) {
    return id >= 1 && id <= BASE_ARTWORKS ? baseBookmarks[(int) id] : deriveBookmarks(id);
  }

  /** Log-uniform 0…~20 000: a median around 140, about 30 % over 1 000. */
  private int deriveBookmarks(long id) {
    double u = pick(id, S_COUNTS, 10_000) / 10_000.0;
    return (int) Math.exp(u * 9.9) - 1;
  }

  int likes(long id) {
    return bookmarks(id) * (60 + pick(id, S_COUNTS + S_FREE, 40)) / 100 + pick(id, S_COUNTS + 2 * S_FREE, 10);
  }

  int views(long id) {
    return bookmarks(id) * (5 + pick(id, S_COUNTS + 3 * S_FREE, 6)) + 40 + pick(id, S_COUNTS + 4 * S_FREE, 500);
  }

  int commentCount(long id) {
    double u = pick(id, S_COUNTS + 5 * S_FREE, 1000) / 1000.0;
    return (int) (u * u * (MAX_COMMENTS + 1));
  }

  boolean original(long id) {
    return hasTag(id, Vocab.ORIGINAL);
  }

  /** Posting time, epoch seconds: increasing with the id. */
  long created(long id) {
    if (id <= BASE_ARTWORKS) {
      return ANCHOR - (BASE_ARTWORKS - id) * STEP - pick(id, S_TIME, STEP / 2);
    }
    Long at = addedAt.get((int) id);
    return at == null ? ANCHOR : at;
  }

  long updated(long id) {
    if (id > BASE_ARTWORKS || pct(id, S_TIME + S_FREE) >= 10) {
      return created(id);
    }
    return created(id) + (1 + pick(id, S_TIME + 2 * S_FREE, 30)) * 86_400L;
  }

  /** Adds a work posted now by a generated author; returns its id. */
  synchronized int addArtwork(long nowEpochSecond) {
    int id = count + 1;
    addedAt.put(id, Math.max(nowEpochSecond, created(count) + 1));
    count = id;
    addedWorks.computeIfAbsent(author(id), u -> new CopyOnWriteArrayList<>()).add(id);
    return id;
  }

  /** Ids matching {@code filter}, newest first. */
  List<Integer> newest(IntPredicate filter, int limit) {
    List<Integer> out = new ArrayList<>(Math.min(limit, 1024));
    for (int id = count; id >= 1 && out.size() < limit; id--) {
      if (filter.test(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** pixiv's {@code mode}: {@code all}, {@code safe} (no R-18) or {@code r18} (R-18 only). */
  IntPredicate mode(String mode) {
    switch (mode) {
      case "safe":
        return id -> xRestrict(id) == 0;
      case "r18":
        return id -> xRestrict(id) > 0;
      default:
        return id -> true;
    }
  }

  /**
   * Up to {@code n} distinct values in {@code [1, bound]} that pass {@code ok}, drawn pseudo-randomly
   * from {@code key}: the same key gives the same picks.
   */
  List<Integer> picks(long key, long salt, int n, int bound, IntPredicate ok) {
    LinkedHashSet<Integer> out = new LinkedHashSet<>();
    for (int i = 0; out.size() < n && i < n * 30; i++) {
      int v = 1 + pick(pair(key, i), salt, bound);
      if (ok.test(v)) {
        out.add(v);
      }
    }
    return new ArrayList<>(out);
  }

  /** The unlisted-URL id of an artwork: a reversible, opaque token. */
  String unlistedId(long id) {
    return "ul" + Long.toString(id * 7919L + Math.floorMod(seed, 7919L), 36);
  }

  /** The artwork behind an unlisted id, or 0. */
  long fromUnlistedId(String token) {
    if (!token.startsWith("ul") || token.length() > 16) {
      return 0;
    }
    try {
      long v = Long.parseLong(token.substring(2), 36) - Math.floorMod(seed, 7919L);
      return v > 0 && v % 7919L == 0 && exists(v / 7919L) ? v / 7919L : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  // ---- users ----

  static boolean userExists(long u) {
    return u >= 1 && u <= USERS;
  }

  String userName(int u) {
    if (u == DEMO_USER) {
      return "pixiv demo";
    }
    return Vocab.NAMES.get(pick(u, S_USER, Vocab.NAMES.size()))
        + Vocab.NAME_SUFFIXES.get(pick(u, S_USER + S_FREE, Vocab.NAME_SUFFIXES.size()));
  }

  String account(int u) {
    return u == DEMO_USER ? "pixiv_demo" : Vocab.ACCOUNTS.get(pick(u, S_USER, Vocab.ACCOUNTS.size())) + u;
  }

  String profileText(int u) {
    return Vocab.PROFILES.get(pick(u, S_USER + 2 * S_FREE, Vocab.PROFILES.size()));
  }

  /** The avatar URL; {@code size} is 50 or 170. */
  String avatar(int u, int size) {
    if (u != DEMO_USER && pct(u, S_USER + 3 * S_FREE) < 8) {
      return size == 50 ? "https://s.pximg.net/common/images/no_profile_s.png"
          : "https://s.pximg.net/common/images/no_profile.png";
    }
    return "https://i.pximg.net/user-profile/img/2023/" + String.format("%02d/%02d/%02d/%02d/%02d/",
        1 + pick(u, S_USER + 4 * S_FREE, 12), 1 + pick(u, S_USER + 5 * S_FREE, 28), pick(u, S_USER + 6 * S_FREE, 24),
        pick(u, S_USER + 7 * S_FREE, 60), pick(u, S_USER + 8 * S_FREE, 60))
        + (20_000_000 + u) + "_" + hex(u, S_USER + 9 * S_FREE) + "_" + size + ".jpg";
  }

  /** 32 hex digits derived from {@code key}. */
  String hex(long key, long salt) {
    return String.format("%016x%016x", h(key, salt), h(key, salt + 1));
  }

  boolean premium(int u) {
    return u == DEMO_USER || pct(u, S_USER + 10 * S_FREE) < 25;
  }

  boolean acceptRequest(int u) {
    return u != DEMO_USER && pct(u, S_USER + 11 * S_FREE) < 20;
  }

  boolean rookie(int u) {
    return pct(u, S_USER + 12 * S_FREE) < 15;
  }

  /** Whether {@code v} follows {@code u}: the demo account follows and is followed by about 70 %. */
  boolean follows(int v, int u) {
    if (v == u || !userExists(v) || !userExists(u)) {
      return false;
    }
    Follow changed = followOverlay.isEmpty() ? null : followOverlay.get(pair(v, u));
    if (changed != null) {
      return changed.on();
    }
    return pct(pair(v, u), S_FOLLOW) < (v == DEMO_USER || u == DEMO_USER ? 70 : 8);
  }

  /** A private follow (listed with {@code rest=hide}). */
  boolean followHidden(int v, int u) {
    Follow changed = followOverlay.isEmpty() ? null : followOverlay.get(pair(v, u));
    if (changed != null) {
      return changed.on() && changed.isPrivate();
    }
    return pct(pair(v, u), S_FOLLOW + S_FREE) < 10;
  }

  boolean mypixiv(int v, int u) {
    return follows(v, u) && follows(u, v) && pct(pair(Math.min(u, v), Math.max(u, v)), S_FOLLOW + 2 * S_FREE) < 35;
  }

  /** Users {@code v} follows, most recent first (by descending id). */
  int[] following(int v) {
    return users(u -> follows(v, u));
  }

  int[] followers(int u) {
    return users(v -> follows(v, u));
  }

  int[] mypixivUsers(int v) {
    return users(u -> mypixiv(v, u));
  }

  static int[] users(IntPredicate filter) {
    return IntStream.iterate(USERS, u -> u >= 1, u -> u - 1).filter(filter).toArray();
  }

  /** The user's works, oldest first. */
  int[] works(int u) {
    int[] base = baseWorks[u];
    List<Integer> added = addedWorks.get(u);
    if (added == null || added.isEmpty()) {
      return base;
    }
    int[] all = Arrays.copyOf(base, base.length + added.size());
    for (int i = 0; i < added.size(); i++) {
      all[base.length + i] = added.get(i);
    }
    return all;
  }

  /** The user's works of {@code type} (or all for -1), newest first. */
  List<Integer> worksNewest(int u, int type) {
    int[] all = works(u);
    List<Integer> out = new ArrayList<>();
    for (int i = all.length - 1; i >= 0; i--) {
      if (type < 0 || type(all[i]) == type) {
        out.add(all[i]);
      }
    }
    return out;
  }

  int[] requestCreators() {
    return requestCreators.clone();
  }

  // ---- manga series: each author with two or more manga has one ----

  int seriesOf(long id) {
    return exists(id) && type(id) == MANGA ? seriesOfUser(author(id)) : 0;
  }

  /** The user's series id, or 0 when they have fewer than two manga. */
  int seriesOfUser(int u) {
    return userExists(u) && worksNewest(u, MANGA).size() >= 2 ? SERIES_ID_BASE + u : 0;
  }

  boolean seriesExists(long seriesId) {
    long u = seriesId - SERIES_ID_BASE;
    return userExists(u) && seriesOfUser((int) u) != 0;
  }

  int seriesUser(long seriesId) {
    return (int) (seriesId - SERIES_ID_BASE);
  }

  /** The series' works in reading order (oldest first). */
  List<Integer> seriesWorks(long seriesId) {
    List<Integer> works = new ArrayList<>(worksNewest(seriesUser(seriesId), MANGA));
    Collections.reverse(works);
    return works;
  }

  String seriesTitle(long seriesId) {
    return Vocab.TITLES.get(pick(seriesId, S_TITLE, Vocab.TITLES.size())) + "シリーズ";
  }

  boolean watching(int v, long seriesId) {
    Boolean changed = watchOverlay.get(key(v, seriesId));
    if (changed != null) {
      return changed;
    }
    return v > 0 && pct(pair(v, seriesId), S_FOLLOW + 3 * S_FREE) < (v == DEMO_USER ? 50 : 10);
  }

  // ---- bookmarks and likes ----

  private static long key(int u, long id) {
    return ((long) u << 32) | id;
  }

  private boolean generatedBookmark(int u, long id) {
    return id <= BASE_ARTWORKS && pick(pair(u, id), S_BOOKMARK, 1000) < (u == DEMO_USER ? 40 : 8);
  }

  private boolean generatedPrivate(int u, long id) {
    return pct(pair(u, id), S_BOOKMARK + S_FREE) < 12;
  }

  /** The bookmark of {@code u} on artwork {@code id}, or null. */
  @Nullable Bookmark bookmark(int u, long id) {
    if (u <= 0) {
      return null;
    }
    Mark m = bookmarkOverlay.get(key(u, id));
    boolean on = m != null ? m.on : generatedBookmark(u, id);
    if (!on) {
      return null;
    }
    boolean priv = m != null ? m.isPrivate : generatedPrivate(u, id);
    return new Bookmark(bookmarkId(u, id), priv);
  }

  static long bookmarkId(int u, long id) {
    return BOOKMARK_ID_BASE + u * 10_000_000L + id;
  }

  /** The artwork a bookmark id of {@code u} refers to, or 0. */
  long artworkOfBookmark(int u, long bookmarkId) {
    long rest = bookmarkId - BOOKMARK_ID_BASE - u * 10_000_000L;
    return rest > 0 && rest < 10_000_000L && exists(rest) ? rest : 0;
  }

  /**
   * Bookmarks of {@code u} with this visibility whose artwork passes {@code filter}, most recent
   * first: bookmarks added at run time, then generated ones by descending artwork id.
   */
  List<Integer> bookmarks(int u, boolean hidden, IntPredicate filter) {
    List<Integer> out = new ArrayList<>();
    bookmarkOverlay.entrySet().stream()
        .filter(e -> (int) (e.getKey() >>> 32) == u && e.getValue().on && e.getValue().seq > 0)
        .sorted(Comparator.comparingLong((Map.Entry<Long, Mark> e) -> e.getValue().seq).reversed())
        .forEach(e -> {
          int id = (int) (e.getKey() & 0xffffffffL);
          if (e.getValue().isPrivate == hidden && filter.test(id)) {
            out.add(id);
          }
        });
    for (int id = Math.min(count, BASE_ARTWORKS); id >= 1; id--) {
      Mark m = bookmarkOverlay.get(key(u, id));
      if (m != null && m.seq > 0) {
        continue;
      }
      Bookmark b = bookmark(u, id);
      if (b != null && b.isPrivate() == hidden && filter.test(id)) {
        out.add(id);
      }
    }
    return out;
  }

  long addBookmark(int u, long id, boolean hidden) {
    bookmarkOverlay.put(key(u, id), new Mark(true, hidden, bookmarkSeq.incrementAndGet()));
    return bookmarkId(u, id);
  }

  void removeBookmark(int u, long id) {
    bookmarkOverlay.put(key(u, id), new Mark(false, false, 0));
  }

  void setBookmarkPrivate(int u, long id, boolean hidden) {
    if (bookmark(u, id) != null) {
      bookmarkOverlay.compute(key(u, id), (k, m) -> new Mark(true, hidden, m == null ? 0 : m.seq));
    }
  }

  boolean liked(int u, long id) {
    return u > 0 && likes.containsKey(key(u, id));
  }

  void like(int u, long id) {
    likes.put(key(u, id), Boolean.TRUE);
  }

  /** A new number for every poll, so discovery shows other works each time. */
  long nextPoll() {
    return polls.incrementAndGet();
  }

  // ---- commissions ----

  /** Completed requests are tied to works: request id {@code 100000 + artwork id}. */
  boolean requestWork(long id) {
    return acceptRequest(author(id)) && pct(id, S_REQUEST) < 20;
  }

  static long requestIdOfWork(long id) {
    return REQUEST_WORK_BASE + id;
  }

  boolean requestExists(long requestId) {
    if (requestId >= 1 && requestId <= IN_PROGRESS_REQUESTS) {
      return true;
    }
    long work = requestId - REQUEST_WORK_BASE;
    return exists(work) && requestWork(work);
  }

  /** The work that fulfilled a request, or 0 while in progress. */
  static long requestWorkId(long requestId) {
    return requestId > REQUEST_WORK_BASE ? requestId - REQUEST_WORK_BASE : 0;
  }

  int requestCreator(long requestId) {
    long work = requestWorkId(requestId);
    return work > 0 ? author(work) : requestCreators[pick(requestId, S_REQUEST, requestCreators.length)];
  }

  int requestType(long requestId) {
    long work = requestWorkId(requestId);
    if (work > 0) {
      return type(work);
    }
    int r = pct(requestId, S_REQUEST + S_FREE);
    return r < 70 ? ILLUST : r < 90 ? MANGA : UGOIRA;
  }

  int requestFan(long requestId) {
    return 1 + pick(requestId, S_REQUEST + 2 * S_FREE, USERS);
  }

  private static int[] general() {
    List<Integer> g = new ArrayList<>();
    for (int t = Vocab.GENERAL_FROM; t < Vocab.GENERAL_TO; t++) {
      if (t != Vocab.MANGA) {
        g.add(t);
      }
    }
    g.add(Vocab.TAGS.size() - 2);
    g.add(Vocab.TAGS.size() - 1);
    return g.stream().mapToInt(Integer::intValue).toArray();
  }
}
