package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A page of {@code GET /ajax/user/{id}/following} or {@code /followers}.
 *
 * @param total how many users the whole list has
 * @param followUserTags the viewer's tags for followed users (following lists only)
 */
public record FollowList(
    List<FollowUser> users, int total, List<String> followUserTags, @JsonAnySetter Map<String, Object> other) {
  public FollowList {
    users = Copies.list(users);
    followUserTags = Copies.list(followUserTags);
    other = Copies.map(other);
  }

  /** The ids of this page's users, in pixiv's order. */
  public List<String> userIds() {
    return users.stream().map(FollowUser::userId).toList();
  }
}
