package io.github.pixivajax.examples.recipes;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivNotFoundException;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * An endpoint of your own: declare a Retrofit interface returning {@code Single<T>} and a record for
 * the part of the body you need, then {@code client.create(MyApi.class)}. It gets everything the
 * built-in interfaces get: the session, the shared rate limit, pixiv's envelope unwrapped, tolerant
 * decoding (fields you leave out are ignored) and typed {@code PixivException}s.
 *
 * <p>{@code CustomEndpoint [baseUrl|-] [limit]}: artworks 1…{@code limit} (default 5) with their authors.
 */
public final class CustomEndpoint {
  /** Only what this program needs from two of pixiv's endpoints. */
  public interface MyApi {
    @GET("ajax/illust/{id}")
    Single<Artwork> artwork(@Path("id") long id);

    @GET("ajax/user/{id}")
    Single<Author> author(@Path("id") long id);
  }

  public record Artwork(String illustId, String title, String userId, int bookmarkCount) {}

  public record Author(String userId, String name, boolean premium) {}

  public static void main(String[] args) {
    try (Target target = Target.open(args); PixivClient client = target.client().build()) {
      MyApi api = client.create(MyApi.class);
      for (long id = 1; id <= target.limit(5); id++) {
        try {
          Artwork work = api.artwork(id).blockingGet();
          Author author = api.author(Long.parseLong(work.userId())).blockingGet();
          System.out.println(work.illustId() + "\t" + work.title() + "\tby " + author.name()
              + (author.premium() ? " (premium)" : "") + "\t" + work.bookmarkCount() + " bookmarks");
        } catch (PixivNotFoundException e) {
          System.out.println(id + "\tdeleted or private");
        }
      }
    }
  }

  private CustomEndpoint() {}
}
