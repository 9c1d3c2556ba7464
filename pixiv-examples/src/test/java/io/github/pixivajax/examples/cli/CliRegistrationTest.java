package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** picocli builds every registered command before parsing: a run registers only those it names. */
class CliRegistrationTest {
  private static CommandLine line(String... args) {
    return Cli.commandLine(new Cli(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  @Test
  void aRunRegistersOnlyTheCommandItNames() {
    assertThat(line("--demo", "illust", "info", "5").getSubcommands().keySet()).containsExactly("illust");
  }

  @Test
  void helpAndUnnamedRunsRegisterEveryCommand() {
    assertThat(line("--help").getSubcommands()).hasSize(Cli.COMMANDS.size());
    assertThat(line("help", "illust").getSubcommands()).hasSize(Cli.COMMANDS.size());
  }
}
