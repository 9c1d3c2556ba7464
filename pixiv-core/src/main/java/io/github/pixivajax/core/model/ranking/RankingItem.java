package io.github.pixivajax.core.model.ranking;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.pixivajax.core.internal.FalseAsNull;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.IllustType;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ranked work.
 *
 * @param date when the work was posted, as pixiv displays it in Japan time (e.g. {@code 2022年08月18日 00:00});
 *     {@code illustUploadTimestamp} is the same instant, decoded
 * @param url a thumbnail on {@code i.pximg.net}
 * @param yesRank yesterday's (or the previous period's) rank; 0 if it was not ranked
 * @param ratingCount the bookmark count pixiv ranks by
 * @param attr space-separated attributes, e.g. {@code original}
 * @param illustSeries the series the work belongs to; null when none (pixiv sends {@code false})
 * @param bookmarked whether the viewer bookmarked it (logged-in sessions only)
 */
public record RankingItem(
    @JsonProperty("illust_id") String illustId,
    String title,
    @Nullable String date,
    List<String> tags,
    @Nullable String url,
    @JsonProperty("illust_type") IllustType illustType,
    @JsonProperty("illust_book_style") int illustBookStyle,
    @JsonProperty("illust_page_count") int illustPageCount,
    @JsonProperty("user_id") String userId,
    @JsonProperty("user_name") @Nullable String userName,
    @JsonProperty("profile_img") @Nullable String profileImg,
    @JsonProperty("illust_content_type") @Nullable ContentType illustContentType,
    @JsonProperty("illust_series") @JsonDeserialize(using = FalseAsNull.class) @Nullable Series illustSeries,
    int width,
    int height,
    int rank,
    @JsonProperty("yes_rank") int yesRank,
    @JsonProperty("rating_count") int ratingCount,
    @JsonProperty("view_count") int viewCount,
    @JsonProperty("illust_upload_timestamp") @Nullable OffsetDateTime illustUploadTimestamp,
    @Nullable String attr,
    @JsonProperty("is_masked") boolean masked,
    @JsonProperty("is_bookmarked") boolean bookmarked,
    boolean bookmarkable) {
  public RankingItem {
    illustId = illustId == null ? "" : illustId;
    title = title == null ? "" : title;
    tags = Copies.list(tags);
    illustType = illustType == null ? IllustType.UNKNOWN : illustType;
    userId = userId == null ? "" : userId;
  }

  /**
   * What the work contains, as its author declared it.
   *
   * @param sexual sexual content level, 0 for none
   */
  public record ContentType(
      int sexual,
      boolean lo,
      boolean grotesque,
      boolean violent,
      boolean homosexual,
      boolean drug,
      boolean thoughts,
      boolean antisocial,
      boolean religion,
      boolean original,
      boolean furry,
      boolean bl,
      boolean yuri) {}

  /**
   * The series a ranked work belongs to.
   *
   * @param illustSeriesCreateDatetime as pixiv writes it, in Japan time without an offset (e.g. {@code
   *     2020-06-21 00:51:37})
   * @param illustSeriesContentOrder this work's position in the series, from 1
   * @param pageUrl the series page, relative to pixiv's origin (e.g. {@code /user/4890179/series/85765})
   */
  public record Series(
      @JsonProperty("illust_series_id") String illustSeriesId,
      @JsonProperty("illust_series_user_id") @Nullable String illustSeriesUserId,
      @JsonProperty("illust_series_title") @Nullable String illustSeriesTitle,
      @JsonProperty("illust_series_caption") @Nullable String illustSeriesCaption,
      @JsonProperty("illust_series_content_count") int illustSeriesContentCount,
      @JsonProperty("illust_series_create_datetime") @Nullable String illustSeriesCreateDatetime,
      @JsonProperty("illust_series_content_illust_id") @Nullable String illustSeriesContentIllustId,
      @JsonProperty("illust_series_content_order") int illustSeriesContentOrder,
      @JsonProperty("page_url") @Nullable String pageUrl) {
    public Series {
      illustSeriesId = illustSeriesId == null ? "" : illustSeriesId;
    }
  }
}
