package io.github.pixivajax.core.drift;

import java.util.List;

/** Drift cases for the captures of this area; see {@link CaptureCase}. */
final class UserCaptures {
  private UserCaptures() {}

  static List<CaptureCase> cases() {
    return List.of();
  }
}
