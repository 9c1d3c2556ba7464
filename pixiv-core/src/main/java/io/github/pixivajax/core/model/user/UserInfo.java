package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user as {@code GET /ajax/user/{id}} describes them.
 *
 * @param image the 50×50 avatar; {@code imageBig} is the 170×170 one
 * @param followed whether the viewer follows this user
 * @param sketchLiveId the user's current pixiv Sketch live stream, if any
 * @param sketchLives the user's live streams, as pixiv sends them
 * @param partial 0 for this short form, 1 for the full one
 */
public record UserInfo(
    String userId,
    String name,
    @Nullable String image,
    @Nullable String imageBig,
    boolean premium,
    @JsonProperty("isFollowed") boolean followed,
    @JsonProperty("isMypixiv") boolean mypixiv,
    @JsonProperty("isBlocking") boolean blocking,
    @Nullable Background background,
    @Nullable String sketchLiveId,
    int partial,
    boolean acceptRequest,
    List<Map<String, Object>> sketchLives,
    @JsonAnySetter Map<String, Object> other) {
  public UserInfo {
    userId = userId == null ? "" : userId;
    name = name == null ? "" : name;
    sketchLives = Copies.list(sketchLives);
    other = Copies.map(other);
  }
}
