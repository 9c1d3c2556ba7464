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
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link DriftTest}'s mutations over our own fixtures, which live in the test resources rather than
 * {@code ../shared}: endpoints pixiv's reference lacks ({@link ExtraCaptures}), novels ({@link
 * NovelCaptures}), follow writes, series watch and tag suggestions ({@link FollowCaptures}).
 */
class OwnFixturesDriftTest {
  private record FixtureSet(String name, String root, Supplier<List<CaptureCase>> cases) {}

  private static final List<FixtureSet> SETS = List.of(
      new FixtureSet("extra", ExtraCaptures.ROOT, ExtraCaptures::cases),
      new FixtureSet("novel", NovelCaptures.ROOT, NovelCaptures::cases),
      new FixtureSet("follow", FollowCaptures.ROOT, FollowCaptures::cases));

  @TestFactory
  Stream<DynamicContainer> everyFixtureIsRegisteredOnceAndSurvivesEveryDrift() {
    return SETS.stream().map(set -> DynamicContainer.dynamicContainer(set.name(), Stream.concat(
        Stream.of(DynamicTest.dynamicTest("every fixture is registered once", () -> assertRegistered(set))),
        DriftTest.driftTests(set.cases().get(), name -> Fixtures.resource(name).getBytes(StandardCharsets.UTF_8)))));
  }

  private static void assertRegistered(FixtureSet set) throws Exception {
    Path root = resourceDir(set.root());
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(root)) {
      onDisk = files
          .filter(p -> p.toString().endsWith(".json"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("errors/"))
          .map(p -> set.root() + p)
          .sorted()
          .toList();
    }
    List<String> registered = set.cases().get().stream().map(CaptureCase::capture).sorted().toList();
    assertThat(registered).doesNotHaveDuplicates().containsExactlyElementsOf(onDisk);
  }

  private static Path resourceDir(String root) throws URISyntaxException {
    URL url = Objects.requireNonNull(OwnFixturesDriftTest.class.getResource("/" + root), "no test resources at " + root);
    return Paths.get(url.toURI());
  }
}
