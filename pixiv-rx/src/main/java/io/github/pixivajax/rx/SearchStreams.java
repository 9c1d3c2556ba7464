package io.github.pixivajax.rx;

import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.search.SearchPage;
import io.github.pixivajax.core.model.search.SearchResult;
import io.github.pixivajax.rx.internal.DateSlices;
import io.github.pixivajax.rx.internal.Resource;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import io.reactivex.rxjava3.core.Single;
import java.util.Objects;
import java.util.function.Function;

/**
 * Search results as streams ({@link RxPixiv#search()}), mirroring {@code PixivClient.search()}.
 * Each walks pages {@code p} = 1, 2, … until pixiv's {@code lastPage}, an empty last page or its
 * {@code total}; {@code query.p()} is ignored. An empty page before the last is how pixiv answers
 * a throttled account: it is retried, then ends the stream with {@code
 * PixivSuspectedThrottleException}. Search stops at page 1000 (5000 for premium accounts); the
 * {@code sliced…} streams go past it.
 *
 * <p>The {@code sliced…} streams give every match of a {@code date_d} (the default) or {@code date}
 * search, however many: when pixiv's page cap is reached they ask again from page 1 with the date
 * window narrowed to the day of the last work seen ({@code ecd}, or {@code scd} for {@code date}),
 * skipping that day's works already emitted. Works arrive once each, in pixiv's order, none lost at
 * a slice border; cursors resume inside any slice. Popularity orders cannot be sliced by date: the
 * {@code sliced…} methods refuse them with {@link IllegalArgumentException}. A single day with more
 * works than pixiv pages through ends the stream with {@link IllegalStateException}.
 */
public final class SearchStreams {
  static final int PAGE = 60;

  private final Area area;

  SearchStreams(Area area) {
    this.area = area;
  }

  /**
   * Illustrations, manga and ugoira matching {@code query}.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> artworks(SearchQuery query) {
    SearchQuery q = first(query);
    return area.paged("artworks", search(q, area.client.search()::artworks, "ajax/search/artworks"), q);
  }

  /**
   * Illustrations and ugoira matching {@code query}.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> illustrations(SearchQuery query) {
    SearchQuery q = first(query);
    return area.paged("illustrations", search(q, area.client.search()::illustrations, "ajax/search/illustrations"), q);
  }

  /**
   * Manga matching {@code query}.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> manga(SearchQuery query) {
    SearchQuery q = first(query);
    return area.paged("manga", search(q, area.client.search()::manga, "ajax/search/manga"), q);
  }

  /**
   * Illustrations, manga and ugoira matching {@code query}, past pixiv's page cap.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> slicedArtworks(SearchQuery query) {
    SearchQuery q = first(query);
    return area.paged("slicedArtworks", sliced(q, area.client.search()::artworks, "ajax/search/artworks"), q);
  }

  /**
   * Illustrations and ugoira matching {@code query}, past pixiv's page cap.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> slicedIllustrations(SearchQuery query) {
    SearchQuery q = first(query);
    return area.paged("slicedIllustrations", sliced(q, area.client.search()::illustrations, "ajax/search/illustrations"), q);
  }

  /**
   * Manga matching {@code query}, past pixiv's page cap.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> slicedManga(SearchQuery query) {
    SearchQuery q = first(query);
    return area.paged("slicedManga", sliced(q, area.client.search()::manga, "ajax/search/manga"), q);
  }

  private static Resource<ArtworkThumbnail> sliced(
      SearchQuery q, Function<SearchQuery, Single<SearchResult>> endpoint, String path) {
    return DateSlices.resource(q, query -> endpoint.apply(query).map(SearchResult::works),
        ArtworkThumbnail::id, ArtworkThumbnail::createDate, path + "/" + q.word());
  }

  private static SearchQuery first(SearchQuery query) {
    return Objects.requireNonNull(query, "query == null").toBuilder().p(null).build();
  }

  private static Resource<ArtworkThumbnail> search(
      SearchQuery q, Function<SearchQuery, Single<SearchResult>> endpoint, String path) {
    return Resources.byPage(p -> endpoint.apply(q.toBuilder().p(p).build()).map(r -> {
      SearchPage<ArtworkThumbnail> works = r.works();
      Integer lastPage = works.lastPage();
      boolean last = lastPage != null ? p >= lastPage : works.total() > 0 && (long) p * PAGE >= works.total();
      return new PageOf<>(works.data(), last, works.total());
    }), ArtworkThumbnail::id, path + "/" + q.word());
  }
}
