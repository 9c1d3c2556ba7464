package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.extra.FrequentTag;
import io.github.pixivajax.core.model.search.SearchResult;
import io.github.pixivajax.core.model.search.TagInfo;
import io.github.pixivajax.core.model.search.TagStories;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * Search and tags: artworks, illustrations, manga, the top-results page, tag information and tag stories.
 *
 * <p>Call the methods taking a {@link SearchQuery} or a {@code String}. They validate the arguments
 * (throwing {@link IllegalArgumentException} naming the parameter, before any request) and delegate
 * to the wire-level overloads taking a {@link SearchWord}, which put the word into the path as one
 * percent-encoded segment and, for searches, also into the {@code word} query parameter.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.builder("原神").order(SearchOrder.POPULAR_DESC).mode(ContentMode.SAFE).build();
 * List<ArtworkThumbnail> works = client.search().artworks(q).blockingGet().works().data();
 * }</pre>
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface SearchApi {
  /** {@code GET /ajax/search/top/{word}}: the top results: artworks, novels, popular works, related tags. */
  default Single<SearchResult> top(String word) {
    return top(SearchWord.of(word));
  }

  /** {@code GET /ajax/search/top/{word}}: the top results: artworks, novels, popular works, related tags. */
  @GET("ajax/search/top/{word}")
  Single<SearchResult> top(@Path(value = "word", encoded = true) SearchWord word);

  /** {@code GET /ajax/search/artworks/{word}}: illustrations and manga matching the query, in {@code illustManga}. */
  default Single<SearchResult> artworks(SearchQuery query) {
    return artworks(query.searchWord(), query.queryMap(SearchType.ALL));
  }

  /** {@code GET /ajax/search/artworks/{word}}: illustrations and manga matching the query, in {@code illustManga}. */
  @GET("ajax/search/artworks/{word}")
  Single<SearchResult> artworks(
      @Path(value = "word", encoded = true) SearchWord word, @QueryMap Map<String, String> query);

  /** {@code GET /ajax/search/illustrations/{word}}: illustrations and ugoira matching the query, in {@code illust}. */
  default Single<SearchResult> illustrations(SearchQuery query) {
    return illustrations(query.searchWord(), query.queryMap(SearchType.ILLUST_AND_UGOIRA));
  }

  /** {@code GET /ajax/search/illustrations/{word}}: illustrations and ugoira matching the query, in {@code illust}. */
  @GET("ajax/search/illustrations/{word}")
  Single<SearchResult> illustrations(
      @Path(value = "word", encoded = true) SearchWord word, @QueryMap Map<String, String> query);

  /** {@code GET /ajax/search/manga/{word}}: manga matching the query, in {@code manga}. */
  default Single<SearchResult> manga(SearchQuery query) {
    return manga(query.searchWord(), query.queryMap(SearchType.MANGA));
  }

  /** {@code GET /ajax/search/manga/{word}}: manga matching the query, in {@code manga}. */
  @GET("ajax/search/manga/{word}")
  Single<SearchResult> manga(
      @Path(value = "word", encoded = true) SearchWord word, @QueryMap Map<String, String> query);

  /** {@code GET /ajax/search/tags/{tag}}: the tag's pixpedia entry, hierarchy and translations. */
  default Single<TagInfo> tagInfo(String tag) {
    return tagInfo(SearchWord.of(tag, "tag"));
  }

  /** {@code GET /ajax/search/tags/{tag}}: the tag's pixpedia entry, hierarchy and translations. */
  @GET("ajax/search/tags/{tag}")
  Single<TagInfo> tagInfo(@Path(value = "tag", encoded = true) SearchWord tag);

  /** {@code GET /ajax/stories/tag_stories}: the ids of the stories about the tag. */
  @GET("ajax/stories/tag_stories")
  Single<TagStories> tagStories(@Query("tag") String tag);

  /** {@code GET /ajax/tags/frequent/illust}: the tags found most often among 1 to 100 artworks, with translations. */
  default Single<List<FrequentTag>> frequentTags(List<String> illustIds) {
    return frequentTags(WorkId.array("illustIds", illustIds));
  }

  /** {@code GET /ajax/tags/frequent/illust}: the tags found most often among the artworks, with translations. */
  @GET("ajax/tags/frequent/illust")
  Single<List<FrequentTag>> frequentTags(@Query("ids[]") WorkId[] illustIds);
}
