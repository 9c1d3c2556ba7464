package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.Map;

/**
 * What the bookmark delete, remove and edit_restrict POSTs return: nothing but success. pixiv sends
 * {@code []} or {@code {}}; a failure arrives as pixiv's error instead.
 *
 * @param other whatever pixiv may send one day
 */
public record BookmarkEditResult(@JsonAnySetter Map<String, Object> other) {
  public BookmarkEditResult {
    other = Copies.map(other);
  }
}
