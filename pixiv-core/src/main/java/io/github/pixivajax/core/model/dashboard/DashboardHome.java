package io.github.pixivajax.core.model.dashboard;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard home ({@code data} of {@code GET /ajax/dashboard/home}). Ids in {@link
 * TodayAnniversary#illustIds()} resolve with {@code Feed.artworks(...)}.
 *
 * <p>Fields pixiv fills only for accounts with posted works ({@code recentUploadWorks}, {@code
 * hotWorks.today}, {@code yearBestWork.work}, {@code achievement}, {@code mangadayInfo}) are kept as
 * plain Java values (maps, lists, strings, numbers): no capture shows their shape yet.
 */
public record DashboardHome(
    List<Object> recentUploadWorks,
    HotWorks hotWorks,
    YearBestWork yearBestWork,
    @Nullable Object achievement,
    UserCountSummary userCountSummary,
    List<Contest> contests,
    @Nullable TodayAnniversary todayAnniversary,
    List<Object> mangadayInfo) {
  public DashboardHome {
    recentUploadWorks = Copies.list(recentUploadWorks);
    hotWorks = hotWorks == null ? new HotWorks(null) : hotWorks;
    yearBestWork = yearBestWork == null ? new YearBestWork(null) : yearBestWork;
    userCountSummary = userCountSummary == null ? new UserCountSummary(null, null) : userCountSummary;
    contests = Copies.list(contests);
    mangadayInfo = Copies.list(mangadayInfo);
  }

  /** The account's most-viewed work today, if any. */
  public record HotWorks(@Nullable Object today) {}

  /** The account's best work of the year, if any. */
  public record YearBestWork(@Nullable Object work) {}

  /** Reactions to the account's works, per reporting day. */
  public record UserCountSummary(@Nullable DailyCounts today, @Nullable DailyCounts yesterday) {}

  /**
   * @param reportedAt when pixiv tallied the counts; pixiv writes it without an offset
   */
  public record DailyCounts(
      long viewCount,
      long ratingCount,
      long bookmarkCount,
      long commentCount,
      @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") @Nullable LocalDateTime reportedAt) {}

  /** A pixiv contest open for entries. */
  public record Contest(
      String id,
      @Nullable String title,
      @Nullable String url,
      @Nullable String icon,
      @Nullable String coverImage,
      @Nullable OffsetDateTime deadlineDate,
      int workCount) {
    public Contest {
      id = id == null ? "" : id;
    }
  }

  /**
   * Works under a tag whose anniversary is today.
   *
   * @param muted the viewer muted the tag
   */
  public record TodayAnniversary(
      @Nullable String tag, List<String> illustIds, @JsonProperty("isMuted") boolean muted) {
    public TodayAnniversary {
      illustIds = Copies.list(illustIds);
    }
  }
}
