package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.PixivDecodeException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Positions that pixiv sends are server data: a malformed one is a decode error, not bad input. */
class ServerCursorTest extends RxTestSupport {
  @Test
  void nonNumericLastIdFromPixivIsADecodeErrorNotABadArgument() {
    feeds.fault("/ajax/illust/new", FakeFeeds.envelope(
        "{\"illusts\":[{\"id\":\"3000000001\",\"title\":\"t\"}],\"lastId\":\"not-a-number\"}"));
    RxPixiv noRetry = RxPixiv.create(client, config().maxRetries(0).build());
    var sub = noRetry.feeds().newIllusts(null, false).items().test().awaitDone(5, TimeUnit.SECONDS);
    sub.assertNoValues();
    sub.assertError(e -> e instanceof PixivDecodeException
        && e.getMessage().contains("GET /ajax/illust/new")
        && e.getMessage().contains("lastId is not a number: \"not-a-number\""));
    assertThat(feeds.count("/ajax/illust/new")).isEqualTo(1);
  }
}
