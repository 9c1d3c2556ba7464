package io.github.pixivajax.core.model.extra;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The logged-in account as {@code GET /ajax/settings/self} describes it.
 *
 * @param userStatus pixiv's {@code user_status}
 * @param other fields this version does not model
 */
public record SettingsSelf(
    @JsonProperty("user_status") UserStatus userStatus, @JsonAnySetter Map<String, Object> other) {
  public SettingsSelf {
    userStatus = userStatus == null ? UserStatus.EMPTY : userStatus;
    other = Copies.map(other);
  }

  /** The account's id, name, account name, premium flag and R-18 setting. */
  public WhoAmI whoAmI() {
    UserStatus s = userStatus;
    return new WhoAmI(s.userId(), s.userName(), s.userAccount(), s.userPremium(), s.userXRestrict());
  }

  /**
   * The account and its viewing settings. pixiv writes several numbers and flags as strings
   * ({@code "1"}); they are decoded to their types.
   *
   * @param userStatus an account status code ({@code "0"} for a normal account)
   * @param userPremium whether the account has pixiv Premium (pixiv's {@code "1"}/{@code "0"})
   * @param userBirth the birth date as pixiv writes it ({@code YYYY-MM-DD}), if set
   * @param userXRestrict 0 hides R-18 and R-18G works, 1 shows R-18, 2 shows R-18 and R-18G
   * @param userCreateTime when the account was created, in Japan time without an offset
   * @param profileImg the avatar; {@code main} is its URL
   * @param sensitiveViewSetting 1 when sensitive works are shown, 0 when they are hidden
   * @param location the account's country or region code, e.g. {@code JP}
   * @param stampSeries the comment stamps the account can use
   * @param emojiSeries the comment emoji the account can use
   * @param other fields this version does not model (e.g. {@code illust_mask_rules})
   */
  public record UserStatus(
      @JsonProperty("user_id") String userId,
      @JsonProperty("user_status") @Nullable String userStatus,
      @JsonProperty("user_account") @Nullable String userAccount,
      @JsonProperty("user_name") @Nullable String userName,
      @JsonProperty("user_premium") boolean userPremium,
      @JsonProperty("user_birth") @Nullable String userBirth,
      @JsonProperty("user_x_restrict") int userXRestrict,
      @JsonProperty("user_create_time") @JsonFormat(pattern = "yyyy-MM-dd HH:mm[:ss]") @Nullable
          LocalDateTime userCreateTime,
      @JsonProperty("user_mail_address") @Nullable String userMailAddress,
      @JsonProperty("profile_img") Map<String, String> profileImg,
      int age,
      @JsonProperty("is_logged_in") boolean loggedIn,
      @JsonProperty("ads_disabled") boolean adsDisabled,
      @JsonProperty("show_ads") boolean showAds,
      @JsonProperty("twitter_account") boolean twitterAccount,
      @JsonProperty("is_illust_creator") boolean illustCreator,
      @JsonProperty("is_novel_creator") boolean novelCreator,
      @JsonProperty("hide_ai_works") boolean hideAiWorks,
      @JsonProperty("reading_status_enabled") boolean readingStatusEnabled,
      @JsonProperty("sensitive_view_setting") int sensitiveViewSetting,
      @Nullable String location,
      @JsonProperty("stamp_series") List<StampSeries> stampSeries,
      @JsonProperty("emoji_series") List<Emoji> emojiSeries,
      @JsonAnySetter Map<String, Object> other) {
    static final UserStatus EMPTY = new UserStatus(null, null, null, null, false, null, 0, null, null, null,
        0, false, false, false, false, false, false, false, false, 0, null, null, null, null);

    public UserStatus {
      userId = userId == null ? "" : userId;
      profileImg = Copies.map(profileImg);
      stampSeries = Copies.list(stampSeries);
      emojiSeries = Copies.list(emojiSeries);
      other = Copies.map(other);
    }
  }

  /**
   * A set of comment stamps.
   *
   * @param stamps the stamp ids, as comments' {@code stampId} carries them
   */
  public record StampSeries(String slug, @Nullable String name, List<Integer> stamps) {
    public StampSeries {
      slug = slug == null ? "" : slug;
      stamps = Copies.list(stamps);
    }
  }

  /** A comment emoji: written {@code (name)} in a comment's text. */
  public record Emoji(int id, String name) {
    public Emoji {
      name = name == null ? "" : name;
    }
  }
}
