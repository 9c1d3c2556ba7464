package io.github.pixivajax.core.model.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Immutable copies that tolerate pixiv's null lists and null elements. */
final class Copies {
  private Copies() {}

  static <T> List<T> list(@Nullable List<T> list) {
    if (list == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list);
    out.removeIf(Objects::isNull);
    return Collections.unmodifiableList(out);
  }
}
