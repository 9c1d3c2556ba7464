package io.github.pixivajax.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import okio.Buffer;
import org.junit.jupiter.api.Assumptions;

/**
 * pixiv's captured responses live in {@code ../shared/fixtures} beside the repository and are never
 * copied into it. Without them, capture-backed tests skip; with {@code -Dpixiv.fixtures.required=true}
 * (as CI runs) they fail instead.
 */
public final class Fixtures {
  private Fixtures() {}

  public static Path repoRoot() {
    String configured = System.getProperty("pixiv.repo.root");
    if (configured != null && !configured.isBlank() && Files.isDirectory(Paths.get(configured, "pixiv-core"))) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("pixiv-core"))) {
        return p;
      }
    }
    return dir;
  }

  /** {@code ../shared/fixtures} relative to the repository root, or {@code -Dpixiv.fixtures.dir}. */
  public static Path dir() {
    String override = System.getProperty("pixiv.fixtures.dir");
    if (override != null && !override.isBlank()) {
      return Paths.get(override).toAbsolutePath().normalize();
    }
    Path root = repoRoot();
    Path parent = root.getParent() == null ? root : root.getParent();
    return parent.resolve("shared").resolve("fixtures").normalize();
  }

  /** Root of the seed captures, skipping (or failing, when required) if they are absent. */
  public static Path seeds() {
    Path seeds = dir().resolve("seed-examples");
    if (!Files.isDirectory(seeds)) {
      String msg = "pixiv captures not found at " + seeds
          + " (expected ../shared/fixtures beside the repository root)";
      if (Boolean.getBoolean("pixiv.fixtures.required")) {
        fail(msg + "; -Dpixiv.fixtures.required=true makes this a failure");
      }
      Assumptions.abort("skipping capture-backed test: " + msg);
    }
    return seeds;
  }

  /** The capture at {@code relative} under {@code seed-examples}, e.g. {@code ajax/illust/100412238.json}. */
  public static Path seed(String relative) {
    Path p = seeds().resolve(relative);
    if (!Files.isRegularFile(p)) {
      fail("capture missing: " + p);
    }
    return p;
  }

  public static byte[] seedBytes(String relative) {
    try {
      return Files.readAllBytes(seed(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Buffer seedBuffer(String relative) {
    return new Buffer().write(seedBytes(relative));
  }

  /** A small fixture of our own from {@code src/test/resources}. */
  public static String resource(String name) {
    try (var in = Fixtures.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
