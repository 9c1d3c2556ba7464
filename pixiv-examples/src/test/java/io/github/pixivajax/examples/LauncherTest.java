package io.github.pixivajax.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pixiv} launcher script ({@code src/launcher/pixiv}), run by {@code sh} with a stand-in
 * {@code java} that prints the arguments it was given: which start-up settings each kind of command gets,
 * where {@code JAVA_OPTS} go, and when the class-data archive is offered.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
  @TempDir Path tmp;
  Path bin;
  Path jdk;
  Path java;

  @BeforeEach
  void layOut() throws IOException {
    bin = Files.createDirectories(tmp.resolve("target")).toRealPath();
    Files.copy(Path.of("src/launcher/pixiv"), bin.resolve("pixiv"));
    Files.write(bin.resolve("pixiv.jar"), new byte[0]);
    jdk = Files.createDirectories(tmp.resolve("jdk/bin")).getParent().toRealPath();
    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
    java = jdk.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The arguments the launcher passed to java. */
  private List<String> launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", bin.resolve("pixiv").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("JAVA_HOME");
    pb.environment().put("JAVA", java.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }

  private List<String> launch(String... args) throws Exception {
    return launch(Map.of(), args);
  }

  private static boolean twoCoresOrFewer() throws Exception {
    Process p = new ProcessBuilder("getconf", "_NPROCESSORS_ONLN").start();
    String n = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return !n.isEmpty() && Integer.parseInt(n) <= 2;
  }

  /** Writes the fingerprint the build leaves for the JVM that made the archive. */
  private void fingerprint(Path home) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "printf '%s %s\\n' \"$(cksum < \"$1/release\")\" \"$1\" > \"$2\"",
        "_", home.toString(), bin.resolve("pixiv.jvm").toString()).start();
    assertThat(p.waitFor()).isZero();
  }

  @Test
  void shortCommandsRunC1OnlyWithTheSerialCollectorAndTheArgumentsLast() throws Exception {
    List<String> args = launch("illust", "info", "5");
    assertThat(args).contains("-XX:+UseSerialGC", "-Xms16m", "-XX:TieredStopAtLevel=1");
    assertThat(args.subList(args.size() - 5, args.size()))
        .containsExactly("-jar", bin.resolve("pixiv.jar").toString(), "illust", "info", "5");
    assertThat(args.contains("-XX:CICompilerCount=1")).as("one compiler thread on two cores or fewer")
        .isEqualTo(twoCoresOrFewer());
  }

  @Test
  void longCommandsKeepTheOptimisingCompiler() throws Exception {
    for (String[] command : new String[][] {
        {"download", "illust", "5"}, {"bench"}, {"bench-redis"}, {"demo-server"}, {"ranking", "--follow"}}) {
      List<String> args = launch(command);
      assertThat(args).as(String.join(" ", command))
          .contains("-XX:+UseSerialGC")
          .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    }
  }

  @Test
  void javaOptsComeAfterTheDefaultsSoTheyWin() throws Exception {
    List<String> args = launch(Map.of("JAVA_OPTS", "-Xms64m -Dpixiv.x=1"), "ranking");
    assertThat(args.indexOf("-Xms64m")).isGreaterThan(args.indexOf("-Xms16m"));
    assertThat(args.indexOf("-Dpixiv.x=1")).isLessThan(args.indexOf("-jar"));
  }

  @Test
  void compilerSettingsInJavaOptsDropTheSingleCompilerThread() throws Exception {
    // C1 and C2 together need two compiler threads: the JVM would not start with one.
    for (String opts : new String[] {"-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=3"}) {
      assertThat(launch(Map.of("JAVA_OPTS", opts), "ranking")).as(opts).doesNotContain("-XX:CICompilerCount=1");
    }
  }

  @Test
  void javaHomeChoosesTheJvmWhenJavaIsUnset() throws Exception {
    List<String> args = launch(Map.of("JAVA", "", "JAVA_HOME", jdk.toString()), "ranking");
    assertThat(args).contains("-jar", "ranking");
  }

  @Test
  void theArchiveIsOfferedOnlyToTheJvmThatMadeIt() throws Exception {
    Files.write(bin.resolve("pixiv.jsa"), new byte[0]);
    assertThat(launch("ranking")).as("no fingerprint").noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));

    fingerprint(jdk);
    assertThat(launch("ranking")).contains("-XX:SharedArchiveFile=" + bin.resolve("pixiv.jsa"), "-Xlog:cds=off");

    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.16\"\n");
    assertThat(launch("ranking")).as("another build of the JDK").noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void theAotCacheIsPreferredWhereTheBuildMadeOne() throws Exception {
    Files.write(bin.resolve("pixiv.jsa"), new byte[0]);
    Files.write(bin.resolve("pixiv.aot"), new byte[0]);
    fingerprint(jdk);
    List<String> args = launch("ranking");
    assertThat(args).contains("-XX:AOTCache=" + bin.resolve("pixiv.aot"))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }
}
