package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.WorksById;
import io.github.pixivajax.core.model.IllustSeries;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a user page lists, as {@code GET /ajax/user/{id}/profile/all} returns it.
 *
 * <p>{@code illusts}, {@code manga} and {@code novels} map every work id of the user, newest first,
 * to {@code null} (pixiv sends the ids only); fetch details with {@link #illustIds()} and friends.
 *
 * @param pickup the works and links the user pinned to their page
 * @param externalSiteWorksStatus site ({@code booth}, {@code sketch}, {@code vroidHub}) → whether the
 *     user has works there
 */
public record UserProfileAll(
    Map<String, @Nullable ArtworkThumbnail> illusts,
    Map<String, @Nullable ArtworkThumbnail> manga,
    Map<String, @Nullable NovelThumbnail> novels,
    List<IllustSeries> mangaSeries,
    List<Map<String, Object>> novelSeries,
    List<Pickup> pickup,
    @Nullable BookmarkCount bookmarkCount,
    Map<String, Boolean> externalSiteWorksStatus,
    @Nullable RequestTabs request,
    @JsonAnySetter Map<String, Object> other) implements WorksById {
  public UserProfileAll {
    illusts = Copies.mapKeepingNulls(illusts);
    manga = Copies.mapKeepingNulls(manga);
    novels = Copies.mapKeepingNulls(novels);
    mangaSeries = Copies.list(mangaSeries);
    novelSeries = Copies.list(novelSeries);
    pickup = Copies.list(pickup);
    externalSiteWorksStatus = Copies.map(externalSiteWorksStatus);
    other = Copies.map(other);
  }

  /** How many works the user has bookmarked publicly and privately. */
  public record BookmarkCount(
      @JsonProperty("public") @Nullable Counts publicBookmarks,
      @JsonProperty("private") @Nullable Counts privateBookmarks) {}

  public record Counts(int illust, int novel) {}

  /**
   * Whether the user page shows the Requests tabs.
   *
   * @param postWorks the works posted for requests, by kind ({@code artworks}, {@code novels}), as
   *     pixiv sends them
   */
  public record RequestTabs(boolean showRequestTab, boolean showRequestSentTab, Map<String, Object> postWorks) {
    public RequestTabs {
      postWorks = Copies.map(postWorks);
    }
  }
}
