package io.github.pixivajax.examples.recipes;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.rx.RxConfig;
import io.github.pixivajax.rx.RxPixiv;
import java.time.Duration;

/**
 * Follows pixiv's newest works as they are posted: {@code feeds().newIllustsLive} starts from the
 * current newest page, then polls every {@code pollInterval} for works above the highest id seen.
 *
 * <p>{@code FollowNewWorksLive [baseUrl|-] [limit]}: stops after {@code limit} works (default 30).
 */
public final class FollowNewWorksLive {
  public static void main(String[] args) {
    // The fake posts a work every 200 ms so that the tail has something to follow.
    FakePixiv.Options fake = FakePixiv.Options.builder().newArtworkEvery(Duration.ofMillis(200)).build();
    try (Target target = Target.open(args, fake); PixivClient client = target.client().rateLimit(0).build()) {
      RxPixiv rx = RxPixiv.create(client, RxConfig.builder().pollInterval(Duration.ofSeconds(1)).build());
      rx.feeds().newIllustsLive(null, false)
          .take(target.limit(30)) // a live tail never ends on its own: take() (or dispose) stops it
          .blockingSubscribe(FollowNewWorksLive::print);
    }
  }

  private static void print(ArtworkThumbnail work) {
    System.out.println(work.id() + "\t" + work.userName() + "\t" + work.title());
  }

  private FollowNewWorksLive() {}
}
