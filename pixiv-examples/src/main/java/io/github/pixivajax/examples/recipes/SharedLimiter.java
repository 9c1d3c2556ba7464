package io.github.pixivajax.examples.recipes;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.rx.RxPixiv;
import io.reactivex.rxjava3.core.Flowable;

/**
 * Several streams, and two clients, under one rate budget. pixiv counts requests per account, so
 * everything that uses the same account shares one {@link RequestLimiter}: its pace and its 429
 * pause (a 429 seen by one stream holds all of them).
 *
 * <p>{@code SharedLimiter [baseUrl|-] [limit] [perSecond]}: {@code limit} items from each of three
 * streams (default 20), all paced together at {@code perSecond} requests a second (default 5).
 */
public final class SharedLimiter {
  public static void main(String[] args) {
    try (Target target = Target.open(args)) {
      RequestLimiter account = RequestLimiter.perSecond(Double.parseDouble(target.arg(2, "5")));
      // Two clients (say, a crawler and a bot in one process) of one account: one limiter.
      try (PixivClient crawler = target.client().requestLimiter(account).build();
          PixivClient bot = target.client().requestLimiter(account).build()) {
        int limit = target.limit(20);
        RxPixiv rx = RxPixiv.create(crawler);
        Flowable<String> all = Flowable.merge(
            rx.ranking().ranking(RankingMode.DAILY, null, null).items().take(limit).map(r -> "ranking " + r.illustId()),
            rx.feeds().followLatest(ContentMode.ALL).items().take(limit).map(w -> "following " + w.id()),
            RxPixiv.create(bot).users().following(1, Rest.SHOW).items().take(limit).map(u -> "followed " + u.userId()));
        long count = all.doOnNext(System.out::println).count().blockingGet();
        System.out.println(count + " items; limiter " + account);
      }
    }
  }

  private SharedLimiter() {}
}
