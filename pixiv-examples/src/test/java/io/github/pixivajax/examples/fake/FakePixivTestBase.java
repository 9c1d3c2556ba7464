package io.github.pixivajax.examples.fake;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One fake pixiv (default seed, no ticker) per test class, and a plain HTTP client for it. */
abstract class FakePixivTestBase {
  static FakePixiv fake;
  static Http http;

  @BeforeAll
  static void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
    http = new Http(fake);
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }
}
