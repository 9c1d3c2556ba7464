package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.misc.Notification;
import io.github.pixivajax.core.model.misc.Notifications;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiscApiTest extends MockPixivTest {
  @Test
  void webpushDecodesSeedCapture() throws Exception {
    enqueueSeed("ajax/webpush.json");
    assertThat(client.misc().webpush().blockingGet().permission()).isEqualTo("nosettings");
    assertRequest(takeRequest(), "GET", "/ajax/webpush", Map.of(), "https://www.pixiv.net/");
  }

  @Test
  void notificationsDecodeSeedCapture() throws Exception {
    enqueueSeed("ajax/notification.json");
    Notifications n = client.misc().notifications().blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/notification", Map.of(), "https://www.pixiv.net/");
    assertThat(n.remainingUnreadCount()).isZero();
    assertThat(n.imageResponseCount()).isZero();
    assertThat(n.notAuthorized()).isFalse();
    assertThat(n.filter().reactions()).hasSize(12).startsWith("bookmarked", "nice").contains("series_watchlist_watched");
    assertThat(n.items()).hasSize(1);
    Notification item = n.items().get(0);
    assertThat(item.id()).isEqualTo("426403295");
    assertThat(item.type()).isEqualTo("fanbox_newbie");
    assertThat(item.unread()).isFalse();
    assertThat(item.notifiedAt()).isEqualTo(OffsetDateTime.parse("2022-09-05T01:49:10+09:00"));
    assertThat(item.linkUrl()).startsWith("/fanbox/creator/16691139?");
    assertThat(item.iconUrl()).endsWith("21346343_e9913a7ad17fc8173bf2b429ca583c7f_50.jpg");
    assertThat(item.targetBlank()).isTrue();
    assertThat(item.profileIcon()).isTrue();
    assertThat(item.content()).isEqualTo("<span>かるかるめ</span>さんがpixivFANBOXで支援の受け付けを開始しました！");
  }

  @Test
  void notificationsRefuseAnonymousSessionWithoutRequest() {
    try (PixivClient anonymous = PixivClient.builder().baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> anonymous.misc().notifications().blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
