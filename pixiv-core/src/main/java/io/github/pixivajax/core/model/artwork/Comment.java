package io.github.pixivajax.core.model.artwork;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A comment on an artwork: either text ({@code comment}) or a stamp ({@code stampId}, with an empty
 * {@code comment}).
 *
 * @param img the commenter's avatar
 * @param commentDate when it was posted, in the viewer's pixiv time zone; pixiv sends no offset
 * @param commentParentId the comment this one replies to, null for a root comment
 * @param hasReplies whether replies can be loaded for it
 * @param replyToUserId for replies, the user replied to
 */
public record Comment(
    String id,
    String userId,
    @Nullable String userName,
    @JsonProperty("isDeletedUser") boolean deletedUser,
    @Nullable String img,
    String comment,
    @Nullable String stampId,
    @JsonFormat(pattern = "yyyy-MM-dd[' ']['T']HH:mm[:ss]") @Nullable LocalDateTime commentDate,
    @Nullable String commentParentId,
    @Nullable String commentUserId,
    @Nullable String replyToUserId,
    @Nullable String replyToUserName,
    boolean editable,
    boolean hasReplies) {
  public Comment {
    id = id == null ? "" : id;
    userId = userId == null ? "" : userId;
    comment = comment == null ? "" : comment;
  }
}
