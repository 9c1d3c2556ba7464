package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a client does by default, and the edges of what its builder accepts. */
class ClientDefaultsTest {
  @TempDir Path dir;

  private static String stderrOf(HttpLogging logging, MockWebServer images, Path target) throws Exception {
    return Stderr.of(() -> {
      try (PixivClient client = PixivClient.builder().rateLimit(0).httpLogging(logging)
          .imageBaseUrl(images.url("/").toString()).build()) {
        images.enqueue(new MockResponse().setBody("GIF89a-image"));
        client.downloads().file(images.url("/img-original/img/2024/01/02/03/04/05/1_p0.gif").toString(), target);
      }
    });
  }

  @Test
  void imageRequestsAreLoggedOnlyWhenHttpLoggingIsOn() throws Exception {
    try (MockWebServer images = new MockWebServer()) {
      images.start();
      assertThat(stderrOf(HttpLogging.NONE, images, dir.resolve("a.gif"))).doesNotContain("--> GET");
      assertThat(stderrOf(HttpLogging.BASIC, images, dir.resolve("b.gif"))).contains("--> GET").contains("1_p0.gif");
    }
  }

  @Test
  void csrfTokensAreAsciiLettersDigitsDashesAndUnderscores() {
    String every = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    assertThatCode(() -> PixivClient.builder().csrfToken(every)).doesNotThrowAnyException();
    for (String bad : new String[] {"abc/def", "abc:def", "abc@def", "abc[def", "abc`def", "abc{def", "abcédef", "abc٣def", "abc.def"}) {
      assertThatThrownBy(() -> PixivClient.builder().csrfToken(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csrfToken");
    }
  }

  @Test
  void cookieValuesOfSixCharactersOrMoreAreRedactedFromMessages() throws Exception {
    try (MockWebServer pixiv = new MockWebServer()) {
      pixiv.start();
      try (PixivClient client = PixivClient.builder().rateLimit(0).baseUrl(pixiv.url("/").toString())
          .session(PixivSession.ofCookieHeader("PHPSESSID=123_SessionValueXyz; a=Qx7pZk; b=Qx7pZ")).build()) {
        pixiv.enqueue(new MockResponse().setResponseCode(500).setBody("echo Qx7pZk and Qx7pZ"));
        Throwable t = catchThrowable(() -> client.artworks().illust(1).blockingGet());
        assertThat(t).isInstanceOf(PixivServerException.class);
        String said = t.getMessage() + ((PixivApiException) t).bodySnippet();
        assertThat(said).doesNotContain("Qx7pZk").contains("Qx7pZ");
      }
    }
  }

  @Test
  void idleDownloadWorkersEndAfterTheKeepAlive() {
    try (PixivClient client = PixivClient.builder().rateLimit(0).build()) {
      assertThat(client.downloads().idleWorkersExit()).isTrue();
      assertThat(client.downloads(3).idleWorkersExit()).isTrue();
    }
  }
}
