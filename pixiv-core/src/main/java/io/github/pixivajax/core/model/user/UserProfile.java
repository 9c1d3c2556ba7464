package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user as {@code GET /ajax/user/{id}?full=1} describes them: {@link UserInfo}'s fields plus the
 * profile page's.
 *
 * @param following how many users this user follows
 * @param followedBack whether this user follows the viewer
 * @param comment the profile text; {@code commentHtml} is the same with links as HTML
 * @param social service name (e.g. {@code twitter}) → link
 * @param workspace pixiv's workspace keys ({@code userWorkspacePc}, {@code userWorkspaceTool}…) →
 *     the user's text
 */
public record UserProfile(
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
    int following,
    boolean followedBack,
    @Nullable String comment,
    @Nullable String commentHtml,
    @Nullable String webpage,
    Map<String, SocialLink> social,
    boolean canSendMessage,
    @Nullable Region region,
    @Nullable ProfileField age,
    @Nullable ProfileField birthDay,
    @Nullable ProfileField gender,
    @Nullable ProfileField job,
    Map<String, String> workspace,
    boolean official,
    List<Group> group,
    @JsonAnySetter Map<String, Object> other) {
  public UserProfile {
    userId = userId == null ? "" : userId;
    name = name == null ? "" : name;
    sketchLives = Copies.list(sketchLives);
    social = Copies.map(social);
    workspace = Copies.map(workspace);
    group = Copies.list(group);
    other = Copies.map(other);
  }

  public record SocialLink(@Nullable String url) {}

  /**
   * A profile entry shown as {@code name} (e.g. {@code 23歳}, {@code 12月16日}).
   *
   * @param privacyLevel pixiv's visibility code; {@code "0"} is public
   */
  public record ProfileField(@Nullable String name, @Nullable String privacyLevel) {}

  /**
   * Where the user lives.
   *
   * @param region ISO country code, e.g. {@code JP}
   * @param prefecture pixiv's prefecture number within Japan
   */
  public record Region(
      @Nullable String name, @Nullable String region, @Nullable String prefecture, @Nullable String privacyLevel) {}

  /** A pixiv group the user belongs to. */
  public record Group(String id, @Nullable String title, @Nullable String iconUrl) {
    public Group {
      id = id == null ? "" : id;
    }
  }
}
