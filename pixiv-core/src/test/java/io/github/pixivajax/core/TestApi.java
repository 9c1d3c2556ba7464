package io.github.pixivajax.core;

import io.github.pixivajax.core.api.LoginRequired;
import io.github.pixivajax.core.api.NoEnvelope;
import io.github.pixivajax.core.api.Referer;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Endpoints declared only for tests, to exercise the stack through {@link PixivClient#create}. */
interface TestApi {
  record Thing(String id, int count, boolean flag, @Nullable String name, Map<String, String> map, List<String> list) {}

  record Written(@com.fasterxml.jackson.annotation.JsonProperty("last_bookmark_id") @Nullable String lastBookmarkId) {}

  record Doc(String id, Object next) {}

  @GET("ajax/thing/{id}")
  @Referer(Referer.MEMBER)
  Single<Thing> thing(@Path("id") long id);

  @GET("ajax/things")
  Single<List<Thing>> things();

  @NoEnvelope
  @GET("plain.php")
  Single<Doc> plain();

  @LoginRequired
  @POST("ajax/write")
  Single<Written> write(@Body Map<String, Object> body);
}
