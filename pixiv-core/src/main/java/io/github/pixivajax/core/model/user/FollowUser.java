package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.NovelThumbnail;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user in a following or followers list, with their latest few works.
 *
 * @param profileImageUrl the 170×170 avatar
 * @param following whether the viewer follows this user
 * @param followed whether this user follows the viewer
 * @param commission the user's Requests settings, as pixiv sends them (absent in older responses)
 */
public record FollowUser(
    String userId,
    String userName,
    @Nullable String profileImageUrl,
    @Nullable String userComment,
    boolean following,
    boolean followed,
    @JsonProperty("isBlocking") boolean blocking,
    @JsonProperty("isMypixiv") boolean mypixiv,
    List<ArtworkThumbnail> illusts,
    List<NovelThumbnail> novels,
    Map<String, Object> commission,
    boolean acceptRequest) {
  public FollowUser {
    userId = userId == null ? "" : userId;
    userName = userName == null ? "" : userName;
    illusts = Copies.list(illusts);
    novels = Copies.list(novels);
    commission = Copies.map(commission);
  }
}
