package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void tempFilesAreNewEmptyHiddenAndBesideTheTargetInACreatedFolder() throws Exception {
    Path target = dir.resolve("new/sub/anim.gif");
    Path a = AtomicFiles.tempBeside(target);
    Path b = AtomicFiles.tempBeside(target);
    assertThat(a).isNotEqualTo(b).isEmptyFile();
    assertThat(b).isEmptyFile();
    assertThat(a.getParent()).isEqualTo(target.toAbsolutePath().getParent());
    assertThat(a.getFileName().toString()).startsWith(".anim.gif.").endsWith(".part");
  }

  @Test
  void publishReplacesTheTargetWithTheWholeTemp() throws Exception {
    Path target = Files.writeString(dir.resolve("t.txt"), "old");
    Path temp = Files.writeString(AtomicFiles.tempBeside(target), "new content");
    AtomicFiles.publish(temp, target);
    assertThat(target).hasContent("new content");
    assertThat(temp).doesNotExist();
  }

  @Test
  void discardDeletesTheTempOrKeepsWhyItCouldNotAsSuppressed() throws Exception {
    Path temp = AtomicFiles.tempBeside(dir.resolve("x"));
    RuntimeException failure = new RuntimeException("first");
    AtomicFiles.discard(temp, failure);
    assertThat(temp).doesNotExist();
    assertThat(failure.getSuppressed()).isEmpty();

    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("f"), "x");
    AtomicFiles.discard(full, failure);
    assertThat(failure.getSuppressed()).singleElement().isInstanceOf(DirectoryNotEmptyException.class);
  }
}
