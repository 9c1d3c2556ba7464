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
  void aRunRegistersOnlyTheMethodSubcommandItNames() {
    CommandLine illust = line("--demo", "illust", "info", "5").getSubcommands().get("illust");
    assertThat(illust.getSubcommands().keySet()).containsExactly("info");
    CommandLine search = line("search", "artworks", "原神", "--limit", "3").getSubcommands().get("search");
    assertThat(search.getSubcommands().keySet()).containsExactly("artworks");
  }

  @Test
  void aCommandNamingNoSubcommandRegistersThemAllForItsHelp() {
    int methods = CommandLine.getCommandMethods(IllustCommand.class, null).size();
    assertThat(methods).isGreaterThan(5);
    assertThat(line("illust", "--help").getSubcommands().get("illust").getSubcommands()).hasSize(methods);
    assertThat(line("--help").getSubcommands().get("illust").getSubcommands()).hasSize(methods);
    StringWriter help = new StringWriter();
    Cli.run(new String[] {"illust", "--help"}, new PrintWriter(help), new PrintWriter(new StringWriter()));
    assertThat(help.toString()).contains("comments", "info", "pages", "recommend", "replies", "ugoira", "unlisted");
  }

  @Test
  void everyCommandWithMethodSubcommandsRegistersThemLazilyButDownload() {
    for (Class<?> c : Cli.COMMANDS) {
      boolean hasMethods = !CommandLine.getCommandMethods(c, null).isEmpty();
      boolean eager = c.getAnnotation(CommandLine.Command.class).addMethodSubcommands();
      // download's options are inherited by its subcommands (scope INHERIT): picocli wires those as it builds them.
      assertThat(hasMethods && eager).as(c.getSimpleName()).isEqualTo(c == DownloadCommand.class);
    }
  }

  static final class Aliased {
    @CommandLine.Command(name = "long-name", aliases = "ln")
    void named() {}

    @CommandLine.Command
    void plain() {}
  }

  @Test
  void aMethodSubcommandIsNamedByItsNameAliasOrMethodName() throws Exception {
    java.lang.reflect.Method named = Aliased.class.getDeclaredMethod("named");
    java.lang.reflect.Method plain = Aliased.class.getDeclaredMethod("plain");
    assertThat(Cli.isNamed(named, java.util.Set.of("long-name"))).isTrue();
    assertThat(Cli.isNamed(named, java.util.Set.of("ln"))).isTrue();
    assertThat(Cli.isNamed(named, java.util.Set.of("named", "plain-ish"))).isFalse();
    assertThat(Cli.isNamed(plain, java.util.Set.of("plain"))).isTrue();
    assertThat(Cli.isNamed(plain, java.util.Set.of("<main class>"))).isFalse();
  }

  @Test
  void helpAndUnnamedRunsRegisterEveryCommand() {
    assertThat(line("--help").getSubcommands()).hasSize(Cli.COMMANDS.size());
    assertThat(line("help", "illust").getSubcommands()).hasSize(Cli.COMMANDS.size());
  }

  @Test
  void theVersionAloneRegistersNoCommand() {
    assertThat(line("--version").getSubcommands()).isEmpty();
    assertThat(line("-V").getSubcommands()).isEmpty();
    assertThat(line("-V", "--help").getSubcommands()).hasSize(Cli.COMMANDS.size());
    CliRun run = CliRun.of("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("pixiv ");
    assertThat(run.err()).isEmpty();
  }
}
