package io.github.pixivajax.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placeholder until the drift mutations land: every capture is registered exactly once. */
class DriftTest {
  static List<CaptureCase> all() {
    List<CaptureCase> all = new ArrayList<>();
    all.addAll(ArtworkCaptures.cases());
    all.addAll(UserCaptures.cases());
    all.addAll(SearchCaptures.cases());
    all.addAll(FeedCaptures.cases());
    all.addAll(RequestCaptures.cases());
    return all;
  }

  @Test
  void noCaptureIsRegisteredTwice() {
    assertThat(all().stream().map(CaptureCase::capture)).doesNotHaveDuplicates();
  }
}
