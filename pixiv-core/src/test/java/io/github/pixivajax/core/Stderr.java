package io.github.pixivajax.core;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What an action writes to {@code System.err} (where slf4j-simple logs, resolved at each write). */
public final class Stderr {
  private Stderr() {}

  /** An action that may throw. */
  public interface Action {
    void run() throws Exception;
  }

  public static String of(Action action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
