package io.github.pixivajax.core.drift;

import java.util.List;

/**
 * What an empty write answer ({@code []}, {@code {}}) carries: nothing but the fact that it decodes
 * into its declared type, whatever the drift.
 */
final class DecodedAs {
  private DecodedAs() {}

  static List<String> type(Object decoded) {
    return List.of("decoded as " + decoded.getClass().getSimpleName());
  }
}
