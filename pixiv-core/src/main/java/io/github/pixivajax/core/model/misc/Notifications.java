package io.github.pixivajax.core.model.misc;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The viewer's latest notifications, newest first, as {@code GET /ajax/notification} returns them.
 *
 * @param remainingUnreadCount how many notifications are unread
 * @param imageResponseCount unread image responses to the viewer's works
 * @param quotationCount unread quotations of the viewer's works
 * @param notAuthorized true when pixiv refuses the list to this session
 * @param filter the notification types the viewer can filter by
 * @param other fields this version does not model
 */
public record Notifications(
    List<Notification> items,
    @JsonProperty("remaining_unread_count") int remainingUnreadCount,
    int imageResponseCount,
    int quotationCount,
    @JsonProperty("isNotAuthorized") boolean notAuthorized,
    Filter filter,
    @JsonAnySetter Map<String, Object> other) {
  public Notifications {
    items = Copies.list(items);
    filter = filter == null ? new Filter(List.of()) : filter;
    other = Copies.map(other);
  }

  /** @param reactions notification types, e.g. {@code bookmarked}, {@code commented} */
  public record Filter(List<String> reactions) {
    public Filter {
      reactions = Copies.list(reactions);
    }
  }
}
