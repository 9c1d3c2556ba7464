package io.github.pixivajax.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One in-process run of the CLI: its exit code and what it wrote to stdout and stderr. */
record CliRun(int code, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs {@code args} as the {@code pixiv} command would, in this JVM. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun of(List<String> args) {
    return of(args.toArray(String[]::new));
  }

  /** The options that point the CLI at {@code fake} and its image host, unpaced, writing jsonl; then {@code rest}. */
  static List<String> against(FakePixiv fake, String... rest) {
    List<String> all = new ArrayList<>(List.of("--base-url", fake.baseUrl(), "--image-base-url", fake.imageBaseUrl(),
        "--rate", "0", "--format", "jsonl"));
    Collections.addAll(all, rest);
    return all;
  }

  /** {@link #against}, logged in as the fake's demo account. */
  static List<String> loggedIn(FakePixiv fake, String... rest) {
    List<String> all = against(fake, "--session", FakePixiv.DEMO_SESSION);
    Collections.addAll(all, rest);
    return all;
  }

  /** Runs {@code args} on {@code cli}'s own command line (no warm-up thread), then closes it. */
  static CliRun on(Cli cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try {
      int code = Cli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      cli.close();
    }
  }

  List<String> lines() {
    return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\n"));
  }

  List<String> errLines() {
    return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
  }

  /** Every non-blank line of stdout as JSON; a line that is not fails the test, naming it. */
  List<JsonNode> json() {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : lines()) {
      if (!line.isBlank()) {
        try {
          nodes.add(JSON.readTree(line));
        } catch (Exception e) {
          throw new AssertionError("not JSON: " + line, e);
        }
      }
    }
    return nodes;
  }

  /** The {@code status} of each line of a download's jsonl. */
  List<String> statuses() {
    return json().stream().map(n -> n.path("status").asText()).toList();
  }
}
