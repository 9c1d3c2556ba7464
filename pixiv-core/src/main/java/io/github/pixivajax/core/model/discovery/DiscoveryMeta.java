package io.github.pixivajax.core.model.discovery;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.internal.FalseAsNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of a Discovery page: its HTML title and description.
 *
 * @param other fields this version does not model (e.g. {@code zoneConfig}, the ad slots)
 */
public record DiscoveryMeta(@Nullable PageMeta meta, @JsonAnySetter Map<String, Object> other) {
  public DiscoveryMeta {
    other = Copies.map(other);
  }

  /**
   * @param description {@code null} when there is none (pixiv sends {@code false})
   */
  public record PageMeta(
      @Nullable String title,
      @JsonDeserialize(using = FalseAsNull.class) @Nullable String description,
      @Nullable String canonical) {}
}
