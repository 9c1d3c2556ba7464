package io.github.pixivajax.core.drift;

import java.util.List;

/** Every seed capture with its Java type, for benchmarks outside this package. */
public final class Captures {
  private Captures() {}

  public static List<CaptureCase> all() {
    return DriftTest.all();
  }
}
