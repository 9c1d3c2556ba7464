package io.github.pixivajax.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.Fixtures;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link DriftTest}'s mutations over our own fixtures of the follow writes, series watch and tag suggestions
 * ({@link FollowCaptures}), which live in the test resources rather than {@code ../shared}.
 */
class FollowDriftTest {
  @Test
  void everyFollowFixtureIsRegisteredOnce() throws Exception {
    Path root = resourceDir();
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(root)) {
      onDisk = files
          .filter(p -> p.toString().endsWith(".json"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("errors/"))
          .map(p -> FollowCaptures.ROOT + p)
          .sorted()
          .toList();
    }
    List<String> registered = FollowCaptures.cases().stream().map(CaptureCase::capture).sorted().toList();
    assertThat(registered).doesNotHaveDuplicates().containsExactlyElementsOf(onDisk);
  }

  @TestFactory
  Stream<DynamicTest> everyFollowFixtureSurvivesEveryDrift() {
    return DriftTest.driftTests(FollowCaptures.cases(), name -> Fixtures.resource(name).getBytes(StandardCharsets.UTF_8));
  }

  private static Path resourceDir() throws URISyntaxException {
    URL url = Objects.requireNonNull(FollowDriftTest.class.getResource("/" + FollowCaptures.ROOT), "no test resources at " + FollowCaptures.ROOT);
    return Paths.get(url.toURI());
  }
}
