package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.extra.TouchRanking;
import io.github.pixivajax.core.model.ranking.RankingPage;
import io.reactivex.rxjava3.core.Single;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * Rankings ({@code ranking.php}, which has no envelope).
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface RankingApi {
  /**
   * {@code GET /ranking.php?format=json}: page {@code p} (50 works) of the ranking of {@code date},
   * the latest when null; {@code content} null lists every kind of work.
   */
  @NoEnvelope
  @GET("ranking.php?format=json")
  Single<RankingPage> ranking(
      @Query("mode") RankingMode mode,
      @Query("content") @Nullable RankingContent content,
      @Query("date") @DatePattern("yyyyMMdd") @Nullable LocalDate date,
      @Query("p") @Range(min = 1) int p);

  /**
   * {@code GET /touch/ajax/ranking/illust}: page {@code page} of the ranking of {@code date} (the
   * latest when null) as artwork ids and ranks only; {@code type} null lists every kind of work.
   */
  @GET("touch/ajax/ranking/illust")
  Single<TouchRanking> touchRanking(
      @Query("mode") RankingMode mode,
      @Query("type") @Nullable TouchRankingType type,
      @Query("page") @Range(min = 1) int page,
      @Query("date") @DatePattern("yyyyMMdd") @Nullable LocalDate date);
}
