package io.github.pixivajax.examples;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.examples.fake.FakePixiv;

/**
 * The same synthetic pixiv twice, for the sliced-search tests: one capping search at {@code cap} pages,
 * one at pixiv's own cap, each with a client that sends without pacing.
 */
final class CappedAndUncapped implements AutoCloseable {
  final FakePixiv capped;
  final FakePixiv uncapped;
  final PixivClient cappedClient;
  final PixivClient uncappedClient;

  CappedAndUncapped(int cap) {
    capped = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).searchPageCap(cap).build());
    uncapped = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
    cappedClient = PixivClient.builder().rateLimit(0).baseUrl(capped.baseUrl()).build();
    uncappedClient = PixivClient.builder().rateLimit(0).baseUrl(uncapped.baseUrl()).build();
  }

  @Override
  public void close() {
    cappedClient.close();
    uncappedClient.close();
    capped.close();
    uncapped.close();
  }
}
