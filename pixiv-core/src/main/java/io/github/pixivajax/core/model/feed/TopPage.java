package io.github.pixivajax.core.model.feed;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sections of the top page ({@code GET /ajax/top/illust}). Every id points into the
 * surrounding {@link io.github.pixivajax.core.model.Feed}: artwork ids into {@code artworks(…)},
 * {@link UserWorks#id()} into {@code users(…)}, {@code completeRequestIds} into {@code requests(…)}.
 * Booth items and sketch lives are not part of the page: pixiv sends them beside it, so they are in
 * {@code Feed.other()} ({@code boothItems}, {@code sketchLives}).
 *
 * @param tags popular tags with a few sample artworks each
 * @param follow new artworks by users the viewer follows
 * @param mypixiv new artworks by the viewer's My pixiv friends
 * @param recommend artworks recommended to the viewer and why
 * @param recommendByTag recommendations grouped by a tag the viewer likes
 * @param ranking today's ranking as shown on the top page
 * @param recommendUser users recommended to the viewer, with sample works
 * @param contestOngoing open contests; {@code contestResult} contests with results out
 * @param boothFollowItemIds Booth items by followed users, described in {@code Feed.other().get("boothItems")}
 * @param sketchLiveFollowIds live streams on pixiv Sketch by followed users ({@code sketchLives})
 * @param myFavoriteTags the tags the viewer marked as favourites
 * @param newPost the newest artworks on pixiv
 * @param completeRequestIds recently completed pixiv Requests
 * @param userEventIds artworks from user-run events
 * @param other page sections this version does not model
 */
public record TopPage(
    List<TagWorks> tags,
    List<String> follow,
    List<String> mypixiv,
    Recommendation recommend,
    List<TagRecommendation> recommendByTag,
    Ranking ranking,
    List<PixivisionArticle> pixivision,
    List<UserWorks> recommendUser,
    List<Contest> contestOngoing,
    List<Contest> contestResult,
    List<EditorRecommend> editorRecommend,
    List<String> boothFollowItemIds,
    List<String> sketchLiveFollowIds,
    List<String> sketchLivePopularIds,
    List<String> myFavoriteTags,
    List<String> newPost,
    List<TrendingTag> trendingTags,
    List<String> completeRequestIds,
    List<String> userEventIds,
    @JsonAnySetter Map<String, Object> other) {
  public TopPage {
    tags = Copies.list(tags);
    follow = Copies.list(follow);
    mypixiv = Copies.list(mypixiv);
    recommend = recommend == null ? new Recommendation(List.of(), Map.of()) : recommend;
    recommendByTag = Copies.list(recommendByTag);
    ranking = ranking == null ? new Ranking(List.of(), null) : ranking;
    pixivision = Copies.list(pixivision);
    recommendUser = Copies.list(recommendUser);
    contestOngoing = Copies.list(contestOngoing);
    contestResult = Copies.list(contestResult);
    editorRecommend = Copies.list(editorRecommend);
    boothFollowItemIds = Copies.list(boothFollowItemIds);
    sketchLiveFollowIds = Copies.list(sketchLiveFollowIds);
    sketchLivePopularIds = Copies.list(sketchLivePopularIds);
    myFavoriteTags = Copies.list(myFavoriteTags);
    newPost = Copies.list(newPost);
    trendingTags = Copies.list(trendingTags);
    completeRequestIds = Copies.list(completeRequestIds);
    userEventIds = Copies.list(userEventIds);
    other = Copies.map(other);
  }

  /** A tag and a few of its artworks. */
  public record TagWorks(String tag, List<String> ids) {
    public TagWorks {
      tag = tag == null ? "" : tag;
      ids = Copies.list(ids);
    }
  }

  /**
   * A tag whose use is changing, with a few of its artworks.
   *
   * @param trendingRate pixiv's change indicator, negative when falling
   */
  public record TrendingTag(String tag, int trendingRate, List<String> ids) {
    public TrendingTag {
      tag = tag == null ? "" : tag;
      ids = Copies.list(ids);
    }
  }

  /** Recommended artworks in display order, and why each was picked (by artwork id). */
  public record Recommendation(List<String> ids, Map<String, Reason> details) {
    public Recommendation {
      ids = Copies.list(ids);
      details = Copies.map(details);
    }
  }

  /** Recommendations for one tag, and why each was picked (by artwork id). */
  public record TagRecommendation(String tag, List<String> ids, Map<String, Reason> details) {
    public TagRecommendation {
      tag = tag == null ? "" : tag;
      ids = Copies.list(ids);
      details = Copies.map(details);
    }
  }

  /**
   * Why pixiv recommended an artwork.
   *
   * @param methods pixiv's recommender names, e.g. {@code clustering_bqalgc}, {@code by_tag}
   * @param seedIllustIds the viewer's artworks (bookmarks, views) the recommendation started from
   */
  public record Reason(List<String> methods, double score, List<String> seedIllustIds) {
    public Reason {
      methods = Copies.list(methods);
      seedIllustIds = Copies.list(seedIllustIds);
    }
  }

  /** The ranking excerpt on the top page: artwork ids by rank, for {@code date}. */
  public record Ranking(List<Item> items, @JsonFormat(pattern = "yyyyMMdd") @Nullable LocalDate date) {
    public Ranking {
      items = Copies.list(items);
    }

    /** The artwork ids in rank order, for {@code Feed.artworks(…)}. */
    public List<String> ids() {
      return items.stream().map(Item::id).toList();
    }

    public record Item(int rank, String id) {
      public Item {
        id = id == null ? "" : id;
      }
    }
  }

  /** A pixivision article teaser. */
  public record PixivisionArticle(
      String id, @Nullable String title, @Nullable String thumbnailUrl, @Nullable String url) {
    public PixivisionArticle {
      id = id == null ? "" : id;
    }
  }

  /** A recommended user ({@code id} is in the feed's users) and some of their works. */
  public record UserWorks(String id, List<String> illustIds, List<String> novelIds) {
    public UserWorks {
      id = id == null ? "" : id;
      illustIds = Copies.list(illustIds);
      novelIds = Copies.list(novelIds);
    }
  }

  /**
   * A pixiv contest.
   *
   * @param type {@code illust} or {@code novel}
   * @param workIds some of its entries
   * @param newContest whether pixiv marks it as new
   */
  public record Contest(
      String slug,
      @Nullable String type,
      @Nullable String name,
      @Nullable String url,
      @Nullable String iconUrl,
      List<String> workIds,
      @JsonProperty("isNew") boolean newContest) {
    public Contest {
      slug = slug == null ? "" : slug;
      workIds = Copies.list(workIds);
    }
  }

  /** An artwork pixiv's editors picked, with their comment. */
  public record EditorRecommend(String illustId, @Nullable String comment) {
    public EditorRecommend {
      illustId = illustId == null ? "" : illustId;
    }
  }
}
