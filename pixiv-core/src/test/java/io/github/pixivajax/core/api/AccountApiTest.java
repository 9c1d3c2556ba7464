package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.extra.SettingsSelf;
import io.github.pixivajax.core.model.extra.WhoAmI;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountApiTest extends MockPixivTest {
  private AccountApi api() {
    return client.create(AccountApi.class);
  }

  @Test
  void settingsSelfDecodesSnakeCaseAndStringFlags() throws Exception {
    enqueueJson(Fixtures.resource("pixiv/extra/settings-self.json"));
    SettingsSelf.UserStatus s = api().settingsSelf().blockingGet().userStatus();

    assertRequest(takeRequest(), "GET", "/ajax/settings/self", Map.of(), "https://www.pixiv.net/");
    assertThat(s.userId()).isEqualTo("48233910");
    assertThat(s.userName()).isEqualTo("みかん箱");
    assertThat(s.userAccount()).isEqualTo("mikanbako_88");
    assertThat(s.userPremium()).isTrue();
    assertThat(s.userXRestrict()).isEqualTo(1);
    assertThat(s.userCreateTime()).isEqualTo(LocalDateTime.of(2019, 11, 3, 18, 22, 47));
    assertThat(s.profileImg().get("main")).endsWith("17283910_a1b2c3d4e5f60718293a4b5c6d7e8f90_170.jpg");
    assertThat(s.age()).isEqualTo(28);
    assertThat(s.loggedIn()).isTrue();
    assertThat(s.illustCreator()).isTrue();
    assertThat(s.novelCreator()).isFalse();
    assertThat(s.hideAiWorks()).isFalse();
    assertThat(s.sensitiveViewSetting()).isEqualTo(1);
    assertThat(s.location()).isEqualTo("JP");
    assertThat(s.stampSeries()).extracting(SettingsSelf.StampSeries::slug).containsExactly("dokurochan", "moemusume");
    assertThat(s.stampSeries().get(0).stamps()).containsExactly(101, 102, 103, 104);
    assertThat(s.emojiSeries()).containsExactly(new SettingsSelf.Emoji(101, "normal"), new SettingsSelf.Emoji(104, "heaven"));
    assertThat(s.other()).containsKey("illust_mask_rules");
  }

  @Test
  void whoAmIReducesSettingsToTheAccount() throws Exception {
    enqueueJson(Fixtures.resource("pixiv/extra/settings-self.json"));
    WhoAmI me = api().whoAmI().blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/settings/self", Map.of(), "https://www.pixiv.net/");
    assertThat(me).isEqualTo(new WhoAmI("48233910", "みかん箱", "mikanbako_88", true, 1));
  }

  @Test
  void settingsRefuseAnonymousSessionWithoutRequest() {
    try (PixivClient anonymous = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build()) {
      AccountApi a = anonymous.create(AccountApi.class);
      assertThatThrownBy(() -> a.settingsSelf().blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> a.whoAmI().blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
