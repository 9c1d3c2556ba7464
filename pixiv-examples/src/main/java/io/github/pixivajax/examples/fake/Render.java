package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the fake's entities the way pixiv does: artwork thumbnails (the 24 keys of the captures),
 * users, series, commission requests, comments, image URLs and dates.
 */
final class Render {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH/mm/ss");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String PXIMG = "https://i.pximg.net/";

  /** Which variant of the thumbnail an endpoint sends. */
  enum Shape {
    /** Feeds' normalized store: with {@code urls} (250, 360 and 540 px squares). */
    FEED,
    /** Search, profiles, bookmarks, following: without {@code urls}. */
    PLAIN,
    /** {@code illust/new}: 360 px thumbnail, a {@code type} and a null {@code titleCaptionTranslation}. */
    NEW,
    /** {@code recommend/init}: 360 px thumbnail and a {@code type}. */
    RECOMMEND
  }

  final FakeData data;

  Render(FakeData data) {
    this.data = data;
  }

  // ---- dates and URLs ----

  static String jst(long epochSecond) {
    return ISO.format(Instant.ofEpochSecond(epochSecond).atOffset(FakeData.JST));
  }

  static String utc(long epochSecond) {
    return ISO.format(Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC));
  }

  static String minutes(long epochSecond) {
    return MINUTES.format(Instant.ofEpochSecond(epochSecond).atOffset(FakeData.JST));
  }

  /** {@code img/yyyy/MM/dd/HH/mm/ss/} of the work's last update, as in pixiv's image paths. */
  private String imgPath(long id) {
    return "img/" + PATH.format(Instant.ofEpochSecond(data.updated(id)).atOffset(FakeData.JST)) + "/";
  }

  private String stem(long id, int page) {
    return data.type(id) == FakeData.UGOIRA ? String.valueOf(id) : id + "_p" + page;
  }

  /** A square crop, e.g. {@code 250x250_80_a2}. */
  String square(long id, String crop) {
    return PXIMG + "c/" + crop + "/img-master/" + imgPath(id) + stem(id, 0) + "_square1200.jpg";
  }

  String master(long id, int page, @Nullable String crop) {
    return PXIMG + (crop == null ? "" : "c/" + crop + "/") + "img-master/" + imgPath(id) + stem(id, page) + "_master1200.jpg";
  }

  String original(long id, int page) {
    if (data.type(id) == FakeData.UGOIRA) {
      return PXIMG + "img-original/" + imgPath(id) + id + "_ugoira0.jpg";
    }
    return PXIMG + "img-original/" + imgPath(id) + id + "_p" + page + (data.pct(id, FakeData.S_EXTRA) < 35 ? ".png" : ".jpg");
  }

  String ugoiraZip(long id, String size) {
    return PXIMG + "img-zip-ugoira/" + imgPath(id) + id + "_ugoira" + size + ".zip";
  }

  // ---- artworks ----

  static String kind(int type) {
    return type == FakeData.MANGA ? "manga" : type == FakeData.UGOIRA ? "ugoira" : "illust";
  }

  String alt(long id) {
    int[] tags = data.tags(id);
    String first = tags.length == 0 ? "" : "#" + Vocab.tag(tags[0]).name() + " ";
    String noun = data.type(id) == FakeData.MANGA ? "マンガ" : data.type(id) == FakeData.UGOIRA ? "うごイラ" : "イラスト";
    return first + data.title(id) + " - " + data.userName(data.author(id)) + "の" + noun;
  }

  ArrayNode tagNames(long id) {
    ArrayNode a = Json.arr();
    for (int t : data.tags(id)) {
      a.add(Vocab.tag(t).name());
    }
    return a;
  }

  /** The viewer's {@code bookmarkData}, or null. */
  @Nullable ObjectNode bookmarkData(int viewer, long id) {
    FakeData.Bookmark b = data.bookmark(viewer, id);
    if (b == null) {
      return null;
    }
    ObjectNode o = Json.obj();
    o.put("id", String.valueOf(b.id()));
    o.put("private", b.isPrivate());
    return o;
  }

  void putBookmarkData(ObjectNode o, int viewer, long id) {
    ObjectNode b = bookmarkData(viewer, id);
    if (b == null) {
      o.putNull("bookmarkData");
    } else {
      o.set("bookmarkData", b);
    }
  }

  static ObjectNode noCaptionTranslation() {
    ObjectNode o = Json.obj();
    o.putNull("workTitle");
    o.putNull("workCaption");
    return o;
  }

  ObjectNode thumbnail(long id, int viewer, Shape shape) {
    int author = data.author(id);
    boolean small = shape == Shape.NEW || shape == Shape.RECOMMEND;
    ObjectNode o = Json.obj();
    o.put("id", String.valueOf(id));
    o.put("title", data.title(id));
    o.put("illustType", data.type(id));
    o.put("xRestrict", data.xRestrict(id));
    o.put("restrict", 0);
    o.put("sl", data.sl(id));
    o.put("url", square(id, small ? "360x360_70" : "250x250_80_a2"));
    o.put("description", "");
    o.set("tags", tagNames(id));
    o.put("userId", String.valueOf(author));
    o.put("userName", data.userName(author));
    o.put("width", data.width(id));
    o.put("height", data.height(id));
    o.put("pageCount", data.pageCount(id));
    o.put("isBookmarkable", true);
    putBookmarkData(o, viewer, id);
    o.put("alt", alt(id));
    if (shape == Shape.NEW) {
      o.putNull("titleCaptionTranslation");
    } else {
      o.set("titleCaptionTranslation", noCaptionTranslation());
    }
    o.put("createDate", jst(data.created(id)));
    o.put("updateDate", jst(data.updated(id)));
    o.put("isUnlisted", false);
    o.put("isMasked", false);
    if (shape == Shape.FEED) {
      ObjectNode urls = o.putObject("urls");
      urls.put("250x250", square(id, "250x250_80_a2"));
      urls.put("360x360", square(id, "360x360_70"));
      urls.put("540x540", square(id, "540x540_70"));
    }
    o.put("profileImageUrl", data.avatar(author, 50));
    if (small) {
      o.put("type", kind(data.type(id)));
    }
    return o;
  }

  ArrayNode thumbnails(List<? extends Number> ids, int viewer, Shape shape) {
    ArrayNode a = Json.arr();
    ids.forEach(id -> a.add(thumbnail(id.longValue(), viewer, shape)));
    return a;
  }

  /** {@code {"<id>": thumbnail, …}}, as profiles and {@code works/latest} send them. */
  ObjectNode thumbnailMap(List<? extends Number> ids, int viewer) {
    ObjectNode o = Json.obj();
    ids.forEach(id -> o.set(id.toString(), thumbnail(id.longValue(), viewer, Shape.PLAIN)));
    return o;
  }

  /** {@code tagTranslation}: tag → {@code en}/{@code romaji}, for the tags that have any. */
  static ObjectNode tagTranslation(Iterable<Integer> tags) {
    ObjectNode o = Json.obj();
    for (int t : tags) {
      Vocab.TagDef def = Vocab.tag(t);
      if (def.en() == null && def.romaji() == null) {
        continue;
      }
      ObjectNode tr = o.putObject(def.name());
      if (def.en() != null) {
        tr.put("en", def.en());
      }
      if (def.romaji() != null) {
        tr.put("romaji", def.romaji());
      }
    }
    return o;
  }

  // ---- users ----

  /** A user as feeds' {@code users} store and {@code user/{id}} write it. */
  ObjectNode user(int u, int viewer) {
    ObjectNode o = Json.obj();
    o.put("partial", 0);
    o.put("comment", data.profileText(u));
    o.put("followedBack", data.follows(u, viewer));
    o.put("userId", String.valueOf(u));
    o.put("name", data.userName(u));
    o.put("image", data.avatar(u, 50));
    o.put("imageBig", data.avatar(u, 170));
    o.put("premium", data.premium(u));
    o.put("isFollowed", data.follows(viewer, u));
    o.put("isMypixiv", data.mypixiv(viewer, u));
    o.put("isBlocking", false);
    o.putNull("background");
    o.put("acceptRequest", data.acceptRequest(u));
    return o;
  }

  /** A user in {@code following}/{@code followers} lists, with up to four recent works. */
  ObjectNode followUser(int u, int viewer) {
    ObjectNode o = Json.obj();
    o.put("userId", String.valueOf(u));
    o.put("userName", data.userName(u));
    o.put("profileImageUrl", data.avatar(u, 170));
    o.put("userComment", data.profileText(u));
    o.put("following", data.follows(viewer, u));
    o.put("followed", data.follows(u, viewer));
    o.put("isBlocking", false);
    o.put("isMypixiv", data.mypixiv(viewer, u));
    List<Integer> recent = data.worksNewest(u, -1);
    o.set("illusts", thumbnails(recent.subList(0, Math.min(4, recent.size())), viewer, Shape.PLAIN));
    o.set("novels", Json.arr());
    o.put("acceptRequest", data.acceptRequest(u));
    return o;
  }

  // ---- series ----

  ObjectNode series(long seriesId, int viewer) {
    List<Integer> works = data.seriesWorks(seriesId);
    long first = works.get(0);
    long latest = works.get(works.size() - 1);
    ObjectNode o = Json.obj();
    o.put("id", String.valueOf(seriesId));
    o.put("userId", String.valueOf(data.seriesUser(seriesId)));
    o.put("title", data.seriesTitle(seriesId));
    o.put("description", "");
    o.put("caption", "");
    o.put("total", works.size());
    o.putNull("content_order");
    o.put("url", master(latest, 0, "240x480_80"));
    o.put("coverImageSl", 2);
    o.put("firstIllustId", String.valueOf(first));
    o.put("latestIllustId", String.valueOf(latest));
    o.put("createDate", jst(data.created(first)));
    o.put("updateDate", jst(data.created(latest)));
    o.put("watchCount", 10 + data.pick(seriesId, FakeData.S_EXTRA, 2000));
    o.put("isWatched", data.watching(viewer, seriesId));
    o.put("isNotifying", data.watching(viewer, seriesId));
    return o;
  }

  // ---- commissions ----

  ObjectNode request(long requestId) {
    long work = FakeData.requestWorkId(requestId);
    int creator = data.requestCreator(requestId);
    int type = data.requestType(requestId);
    int price = 3000 + 1000 * data.pick(creator, FakeData.S_EXTRA, 20);
    long when = work > 0 ? data.created(work) : FakeData.ANCHOR + requestId * 3600L;
    boolean english = data.pct(requestId, FakeData.S_EXTRA) < 40;
    int text = data.pick(requestId, FakeData.S_EXTRA + 1, Vocab.PROPOSALS_JA.size());
    String original = (english ? Vocab.PROPOSALS_EN : Vocab.PROPOSALS_JA).get(text);
    String translated = (english ? Vocab.PROPOSALS_JA : Vocab.PROPOSALS_EN).get(text);

    ObjectNode o = Json.obj();
    o.put("requestId", String.valueOf(requestId));
    o.put("planId", String.valueOf(200_000 + creator));
    o.put("fanUserId", String.valueOf(data.requestFan(requestId)));
    o.put("creatorUserId", String.valueOf(creator));
    o.put("requestStatus", work > 0 ? "complete" : "inProgress");
    o.put("requestPostWorkType", kind(type));
    o.put("requestPrice", price);
    ObjectNode proposal = o.putObject("requestProposal");
    proposal.put("requestOriginalProposal", original);
    proposal.put("requestOriginalProposalHtml", original);
    proposal.put("requestOriginalProposalLang", english ? "en" : "ja");
    ObjectNode tr = proposal.putArray("requestTranslationProposal").addObject();
    tr.put("requestProposal", translated);
    tr.put("requestProposalHtml", translated);
    tr.put("requestProposalLang", english ? "ja" : "en");
    ArrayNode tags = o.putArray("requestTags");
    for (int t : requestTags(requestId)) {
      tags.add(Vocab.tag(t).name());
    }
    o.put("requestAdultFlg", false);
    o.put("requestAnonymousFlg", data.pct(requestId, FakeData.S_EXTRA + 2) < 20);
    o.put("requestRestrictFlg", false);
    o.put("requestAcceptCollaborateFlg", true);
    o.put("requestResponseDeadlineDatetime", jst(when - 30 * 86_400L));
    o.put("requestPostDeadlineDatetime", jst(when + 20 * 86_400L));
    o.put("role", "others");
    o.set("plan", plan(creator, price, type));
    ObjectNode collaborate = o.putObject("collaborateStatus");
    collaborate.put("collaborating", false);
    collaborate.put("collaborateAnonymousFlg", false);
    collaborate.put("collaboratedCnt", 0);
    collaborate.set("collaborateUserSamples", Json.arr());
    if (work > 0) {
      ObjectNode post = o.putObject("postWork");
      post.put("postWorkId", String.valueOf(work));
      post.put("postWorkType", kind(type));
      ObjectNode w = post.putObject("work");
      w.put("isUnlisted", false);
      w.putNull("secret");
    } else {
      o.putNull("postWork");
    }
    return o;
  }

  /** A request's tags: its work's, or two general ones while in progress. */
  int[] requestTags(long requestId) {
    long work = FakeData.requestWorkId(requestId);
    if (work > 0) {
      int[] tags = data.tags(work);
      return Arrays.copyOf(tags, Math.min(3, tags.length));
    }
    return new int[] {
      Vocab.GENERAL_FROM + data.pick(requestId, FakeData.S_EXTRA + 3, Vocab.GENERAL_TO - Vocab.GENERAL_FROM),
      Vocab.GIRL
    };
  }

  private static ObjectNode plan(int creator, int price, int type) {
    ObjectNode plan = Json.obj();
    plan.putNull("currentPlanId");
    plan.put("planId", String.valueOf(200_000 + creator));
    plan.put("creatorUserId", String.valueOf(creator));
    plan.put("planAcceptRequestFlg", true);
    plan.put("planStandardPrice", price);
    ObjectNode title = plan.putObject("planTitle");
    title.put("planOriginalTitle", "イラストプラン");
    title.put("planOriginalTitleLang", "ja");
    ObjectNode titleEn = title.putObject("planTranslationTitle").putObject("en");
    titleEn.put("planTitle", "Illustration Plan");
    titleEn.put("planTtieLang", "en");
    ObjectNode description = plan.putObject("planDescription");
    description.put("planOriginalDescription", "お気軽にどうぞ。");
    description.put("planOriginalDescriptionHtml", "お気軽にどうぞ。");
    description.put("planOriginalLang", "ja");
    ObjectNode descriptionEn = description.putObject("planTranslationDescription").putObject("en");
    descriptionEn.put("planDescription", "Feel free to ask.");
    descriptionEn.put("planDescriptionHtml", "Feel free to ask.");
    descriptionEn.put("planLang", "en");
    plan.put("planAcceptAdultFlg", false);
    plan.put("planAcceptAnonymousFlg", true);
    plan.put("planAcceptIllustFlg", true);
    plan.put("planAcceptUgoiraFlg", type == FakeData.UGOIRA);
    plan.put("planAcceptMangaFlg", type == FakeData.MANGA);
    plan.put("planAcceptNovelFlg", false);
    return plan;
  }

  // ---- comments: root k of artwork a has id a*1000+k+1; its replies a*1000+500+10k+r ----

  static final int MAX_REPLIES = 3;

  boolean hasReplies(long artwork, int k) {
    return data.pct(FakeData.pair(artwork, k), FakeData.S_EXTRA + 5) < 15;
  }

  int replyCount(long artwork, int k) {
    return hasReplies(artwork, k) ? 1 + data.pick(FakeData.pair(artwork, k), FakeData.S_EXTRA + 6, MAX_REPLIES) : 0;
  }

  /** Root comment {@code k} (0 = newest) of an artwork. */
  ObjectNode rootComment(long artwork, int k, int viewer) {
    int total = data.commentCount(artwork);
    long date = data.created(artwork) + (total - k) * 5_400L;
    ObjectNode o = comment(artwork * 1000 + k + 1, FakeData.pair(artwork, k), date, viewer);
    o.putNull("commentParentId");
    o.put("hasReplies", hasReplies(artwork, k));
    return o;
  }

  ObjectNode reply(long artwork, int k, int r, int viewer) {
    long rootId = artwork * 1000 + k + 1;
    long date = data.created(artwork) + (data.commentCount(artwork) - k) * 5_400L + (r + 1) * 600L;
    ObjectNode o = comment(artwork * 1000 + 500 + 10L * k + r, FakeData.pair(rootId, r), date, viewer);
    o.put("commentParentId", String.valueOf(rootId));
    o.put("commentRootId", String.valueOf(rootId));
    return o;
  }

  private ObjectNode comment(long id, long key, long date, int viewer) {
    int user = 1 + data.pick(key, FakeData.S_EXTRA + 7, FakeData.USERS);
    boolean stamp = data.pct(key, FakeData.S_EXTRA + 8) < 20;
    ObjectNode o = Json.obj();
    o.put("userId", String.valueOf(user));
    o.put("userName", data.userName(user));
    o.put("isDeletedUser", false);
    o.put("img", data.avatar(user, 170));
    o.put("id", String.valueOf(id));
    o.put("comment", stamp ? "" : Vocab.COMMENTS.get(data.pick(key, FakeData.S_EXTRA + 9, Vocab.COMMENTS.size())));
    if (stamp) {
      o.put("stampId", String.valueOf(101 + data.pick(key, FakeData.S_EXTRA + 10, 300)));
    } else {
      o.putNull("stampId");
    }
    o.put("commentDate", minutes(date));
    o.put("commentUserId", String.valueOf(user));
    o.put("editable", user == viewer);
    return o;
  }
}
