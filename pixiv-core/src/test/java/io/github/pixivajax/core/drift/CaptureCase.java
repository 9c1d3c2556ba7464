package io.github.pixivajax.core.drift;

import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/**
 * One capture under {@code ../shared/fixtures/seed-examples} and how to decode it: the Java type of
 * the body (or of the whole document when not {@code enveloped}) and a function that lists the ids
 * the decoded value carries, which must survive every drift mutation.
 */
public record CaptureCase(String capture, Type type, boolean enveloped, Function<Object, List<String>> ids) {
  public static CaptureCase of(String capture, Type type, Function<Object, List<String>> ids) {
    return new CaptureCase(capture, type, true, ids);
  }

  @Override
  public String toString() {
    return capture;
  }
}
