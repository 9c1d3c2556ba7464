package io.github.pixivajax.core.model.misc;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the viewer's notification list.
 *
 * @param type what happened, e.g. {@code bookmarked}, {@code commented}, {@code fanbox_newbie}
 * @param linkUrl where the notification leads, usually a path on pixiv's origin
 * @param content the message as HTML (names wrapped in {@code <span>})
 * @param targetBlank whether pixiv opens {@code linkUrl} in a new tab
 * @param profileIcon whether {@code iconUrl} is a user's avatar rather than a work or service icon
 */
public record Notification(
    String id,
    String type,
    boolean unread,
    @Nullable OffsetDateTime notifiedAt,
    @Nullable String linkUrl,
    @Nullable String iconUrl,
    boolean targetBlank,
    @JsonProperty("isProfileIcon") boolean profileIcon,
    String content) {
  public Notification {
    id = id == null ? "" : id;
    type = type == null ? "" : type;
    content = content == null ? "" : content;
  }
}
