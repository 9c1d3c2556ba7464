package io.github.pixivajax.examples;

import io.github.pixivajax.examples.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code pixiv.jar}. */
public final class PixivCli {
  private PixivCli() {}

  public static void main(String[] args) {
    // slf4j-simple reads its configuration once, before the first logger: set it before anything logs.
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.io.github.pixivajax", verbose ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(Cli.run(args, out, err));
  }
}
