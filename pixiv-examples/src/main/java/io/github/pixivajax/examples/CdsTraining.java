package io.github.pixivajax.examples;

import io.github.pixivajax.examples.cli.Cli;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The training run behind the launcher's class-data archive ({@code mvn package} runs it once with
 * {@code -XX:ArchiveClassesAtExit}): typical commands against the embedded fake pixiv, so that the
 * classes a real run needs — picocli, OkHttp, Retrofit, Jackson, RxJava, the output writers — are
 * archived already parsed and verified.
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) {
    String[][] runs = {
      {"--demo", "--format", "jsonl", "illust", "info", "5"},
      {"--demo", "--format", "jsonl", "search", "artworks", "原神", "--limit", "120"},
      {"--demo", "--format", "json", "user", "info", "1"},
      {"--demo", "--format", "table", "ranking", "--limit", "10"},
      {"--help"},
    };
    PrintWriter discard = new PrintWriter(new java.io.OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    int failures = 0;
    for (String[] run : runs) {
      if (Cli.run(run, discard, discard) != Cli.OK) {
        failures++;
      }
    }
    // A failed training run still archives what it loaded; the exit code tells the build.
    System.exit(failures == 0 ? 0 : 1);
  }
}
