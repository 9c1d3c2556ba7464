package io.github.pixivajax.core.model.dashboard;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's settings.
 *
 * @param view the view the dashboard opens with; {@code null} until the account picks one
 * @param other settings this version does not model
 */
public record DashboardSettings(@Nullable String view, @JsonAnySetter Map<String, Object> other) {
  public DashboardSettings {
    other = Copies.map(other);
  }
}
