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
 * {@link DriftTest}'s mutations over our own fixtures of the endpoints pixiv's reference lacks
 * ({@link ExtraCaptures}), which live in the test resources rather than {@code ../shared}.
 */
class ExtraDriftTest {
  @Test
  void everyExtraFixtureIsRegisteredOnce() throws Exception {
    Path root = resourceDir();
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(root)) {
      onDisk = files
          .filter(p -> p.toString().endsWith(".json"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("errors/"))
          .map(p -> ExtraCaptures.ROOT + p)
          .sorted()
          .toList();
    }
    List<String> registered = ExtraCaptures.cases().stream().map(CaptureCase::capture).sorted().toList();
    assertThat(registered).doesNotHaveDuplicates().containsExactlyElementsOf(onDisk);
  }

  @TestFactory
  Stream<DynamicTest> everyExtraFixtureSurvivesEveryDrift() {
    return DriftTest.driftTests(ExtraCaptures.cases(), name -> Fixtures.resource(name).getBytes(StandardCharsets.UTF_8));
  }

  private static Path resourceDir() throws URISyntaxException {
    URL url = Objects.requireNonNull(ExtraDriftTest.class.getResource("/" + ExtraCaptures.ROOT), "no test resources at " + ExtraCaptures.ROOT);
    return Paths.get(url.toURI());
  }
}
