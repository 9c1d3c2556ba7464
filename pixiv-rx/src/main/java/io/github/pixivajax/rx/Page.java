package io.github.pixivajax.rx;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paginated stream: its items (already de-duplicated against earlier pages of the same
 * subscription), the cursor that resumes right after it, and pixiv's total when it sent one.
 */
public record Page<T>(List<T> items, Cursor<T> cursor, boolean last, @Nullable Integer total) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(cursor, "cursor == null");
  }
}
