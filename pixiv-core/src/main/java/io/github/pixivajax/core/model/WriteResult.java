package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.Map;

/**
 * What pixiv's writes answer when they answer nothing but success: {@code []}, {@code {}} or an empty
 * body (following, unfollowing, watching a series). A failure arrives as an exception instead.
 *
 * @param other whatever pixiv sends besides, kept as is
 */
public record WriteResult(@JsonAnySetter Map<String, Object> other) {
  public WriteResult {
    other = Copies.map(other);
  }
}
