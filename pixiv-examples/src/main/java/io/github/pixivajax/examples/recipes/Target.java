package io.github.pixivajax.examples.recipes;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.examples.fake.FakePixiv;
import org.jspecify.annotations.Nullable;

/**
 * Where a recipe sends its requests: the base URL in {@code args[0]}, or an embedded fake pixiv
 * (started here, stopped on {@link #close()}) when there is none or it is {@code -}.
 */
final class Target implements AutoCloseable {
  private final String[] args;
  private final @Nullable FakePixiv fake;
  private final String baseUrl;
  private final PixivSession session;

  private Target(String[] args, FakePixiv.Options fakeOptions) {
    this.args = args.clone();
    if (args.length == 0 || args[0].equals("-")) {
      fake = FakePixiv.start(fakeOptions);
      baseUrl = fake.baseUrl();
      session = PixivSession.ofPhpSessId(FakePixiv.DEMO_SESSION);
    } else {
      fake = null;
      baseUrl = args[0];
      String sessId = System.getenv("PIXIV_PHPSESSID");
      session = sessId == null || sessId.isBlank() ? PixivSession.anonymous() : PixivSession.ofPhpSessId(sessId);
    }
  }

  static Target open(String[] args) {
    return open(args, FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  static Target open(String[] args, FakePixiv.Options fakeOptions) {
    return new Target(args, fakeOptions);
  }

  /**
   * A client builder aimed at the target, logged in: at pixiv's pace by default (1 request/s),
   * unpaced against the embedded fake, which has no limit unless a recipe gives it one.
   */
  PixivClient.Builder client() {
    PixivClient.Builder b = PixivClient.builder().baseUrl(baseUrl).session(session);
    return fake == null ? b : b.rateLimit(0);
  }

  /** {@code args[1]} as a positive limit, or {@code fallback}. */
  int limit(int fallback) {
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : fallback;
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
    }
    return limit;
  }

  /** {@code args[i]}, or {@code fallback}. */
  String arg(int i, String fallback) {
    return args.length > i ? args[i] : fallback;
  }

  @Override
  public void close() {
    if (fake != null) {
      fake.close();
    }
  }
}
