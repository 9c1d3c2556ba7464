package io.github.pixivajax.core.model.feed;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The viewer's link to the Tumeng service and the works shared there.
 *
 * @param works the shared works; their shape is not in the captures (always empty): each keeps its
 *     {@code id} and {@code title} and every other field in {@link Work#other()}
 * @param totalItemCount the number of shared works over all pages
 */
public record TumengPage(@Nullable LinkedUser user, List<Work> works, int totalItemCount) {
  public TumengPage {
    works = Copies.list(works);
  }

  /**
   * One work shared on the linked service.
   *
   * @param id the work's id ({@code ""} when pixiv sent none)
   * @param other every field besides {@code id} and {@code title}, as plain Java values
   */
  public record Work(String id, @Nullable String title, @JsonAnySetter Map<String, Object> other) {
    public Work {
      id = id == null ? "" : id;
      other = Copies.map(other);
    }
  }

  /**
   * The viewer as the linked service sees them.
   *
   * @param linkState e.g. {@code disconnected}
   * @param updateDatetime when the link last changed, as pixiv sends it (not seen set in captures)
   * @param customProfile pixiv sends {@code null} unless {@code enableCustomProfile}
   * @param meta service flags such as {@code f0}
   */
  public record LinkedUser(
      String id,
      @Nullable String name,
      @Nullable String comment,
      @Nullable String profileImageUrl,
      int followerCount,
      @Nullable String linkState,
      @Nullable String updateDatetime,
      boolean enableCustomProfile,
      @Nullable Map<String, Object> customProfile,
      boolean profileImageConfigured,
      Map<String, Object> meta) {
    public LinkedUser {
      id = id == null ? "" : id;
      customProfile = customProfile == null ? null : Copies.map(customProfile);
      meta = Copies.map(meta);
    }
  }
}
