package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.tag.SearchSuggestion;
import io.github.pixivajax.core.model.tag.TagCandidates;
import io.github.pixivajax.core.model.tag.UserTag;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Objects;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Tag suggestions: what pixiv suggests under an empty search box, completions for a partly typed
 * tag, and the tags a user gave their artworks or novels, with counts.
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface TagsApi {
  /** {@code GET /ajax/search/suggestion}: popular and recommended tags, favourite tags and their works. */
  @GET("ajax/search/suggestion")
  Single<SearchSuggestion> searchSuggestion(@Query("mode") ContentMode mode);

  /**
   * {@code GET /ajax/tags/suggest_by_word}: tags starting with or translating {@code word}, with how
   * many artworks (or novels) carry each.
   *
   * @throws IllegalArgumentException if {@code word} is blank
   */
  default Single<TagCandidates> suggestByWord(String word, TagContentType counted) {
    return suggestByWord(nonBlank(word, "word"), List.of(Objects.requireNonNull(counted, "counted == null")));
  }

  /** {@code GET /ajax/tags/suggest_by_word}: the wire form of {@link #suggestByWord(String, TagContentType)}. */
  @GET("ajax/tags/suggest_by_word")
  Single<TagCandidates> suggestByWord(
      @Query("word") String word, @Query("content_types_to_count[]") List<TagContentType> counted);

  /**
   * {@code GET /rpc/cps.php}: the search box's completions for {@code keyword}, with how often each is
   * searched; pixiv answers without its envelope.
   *
   * @throws IllegalArgumentException if {@code keyword} is blank
   */
  default Single<TagCandidates> autocomplete(String keyword) {
    return autocompleteRaw(nonBlank(keyword, "keyword"));
  }

  /** {@code GET /rpc/cps.php}: the wire form of {@link #autocomplete(String)}. */
  @GET("rpc/cps.php")
  @NoEnvelope
  @LoginRequired
  Single<TagCandidates> autocompleteRaw(@Query("keyword") String keyword);

  /** {@code GET /ajax/user/{id}/illusts/tags}: the tags of the user's artworks, with counts. */
  @GET("ajax/user/{id}/illusts/tags")
  @Referer("https://www.pixiv.net/users/{id}")
  Single<List<UserTag>> userIllustTags(@Path("id") @Range(min = 1) long userId);

  /** {@code GET /ajax/user/{id}/novels/tags}: the tags of the user's novels, with counts. */
  @GET("ajax/user/{id}/novels/tags")
  @Referer("https://www.pixiv.net/users/{id}")
  Single<List<UserTag>> userNovelTags(@Path("id") @Range(min = 1) long userId);

  private static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
