package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A user as pixiv embeds them in feeds, following lists and discovery: id, name, avatar and the
 * viewer's relation to them. pixiv names some fields differently per endpoint ({@code name} or
 * {@code userName}, {@code image} or {@code profileImageUrl}); both are accepted.
 */
public record UserSummary(
    String userId,
    @JsonAlias("userName") @Nullable String name,
    @JsonAlias("profileImageUrl") @Nullable String image,
    @Nullable String imageBig,
    @JsonAlias("userComment") @Nullable String comment,
    boolean premium,
    @JsonProperty("isFollowed") @JsonAlias("following") boolean followed,
    boolean followedBack,
    @JsonProperty("isMypixiv") boolean mypixiv,
    @JsonProperty("isBlocking") boolean blocking,
    boolean acceptRequest,
    int partial) {
  public UserSummary {
    userId = userId == null ? "" : userId;
  }
}
