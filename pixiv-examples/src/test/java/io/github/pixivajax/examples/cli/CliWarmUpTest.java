package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The start-up warm-up: only for runs that will build a client, and it leaves nothing behind. */
class CliWarmUpTest {
  @Test
  void runsThatBuildAClientWarmUpAndHelpOrVersionRunsDoNot() {
    assertThat(Cli.warmsUp(new String[] {"illust", "info", "5"})).isTrue();
    assertThat(Cli.warmsUp(new String[] {"--rate", "0", "search", "artworks", "原神"})).isTrue();
    assertThat(Cli.warmsUp(new String[] {})).isFalse();
    assertThat(Cli.warmsUp(new String[] {"--help"})).isFalse();
    assertThat(Cli.warmsUp(new String[] {"illust", "info", "-h"})).isFalse();
    assertThat(Cli.warmsUp(new String[] {"-V"})).isFalse();
    assertThat(Cli.warmsUp(new String[] {"--version"})).isFalse();
    assertThat(Cli.warmsUp(new String[] {"help", "search"})).isFalse();
  }

  @Test
  void warmUpLeavesNoThreadRunning() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    Cli.warmUp();
    Set<String> started = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive())
        .map(Thread::getName)
        .collect(Collectors.toSet());
    assertThat(started).isEmpty();
  }
}
