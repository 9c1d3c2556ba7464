package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PixivClientBuilderTest {
  @Test
  void defaultsPointAtPixivAnonymously() {
    try (PixivClient client = PixivClient.builder().build()) {
      assertThat(client.baseUrl()).isEqualTo("https://www.pixiv.net/");
      assertThat(client.session().isAnonymous()).isTrue();
    }
  }

  @Test
  void baseUrlGainsATrailingSlash() {
    try (PixivClient client = PixivClient.builder().baseUrl("http://127.0.0.1:8080/proxy").build()) {
      assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8080/proxy/");
    }
  }

  @Test
  void badInputIsRejectedNamingTheParameter() {
    PixivClient.Builder b = PixivClient.builder();
    assertThatThrownBy(() -> b.baseUrl("ftp://example.com/")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> b.baseUrl("not a url")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> b.baseUrl("https://x.test/?a=b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> b.baseUrl(null)).isInstanceOf(NullPointerException.class).hasMessage("baseUrl == null");
    assertThatThrownBy(() -> b.userAgent(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
    assertThatThrownBy(() -> b.userAgent("a\nb")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
    assertThatThrownBy(() -> b.acceptLanguage("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acceptLanguage");
    assertThatThrownBy(() -> b.session(null)).isInstanceOf(NullPointerException.class).hasMessage("session == null");
    assertThatThrownBy(() -> b.csrfToken("has space")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csrfToken").hasMessageNotContaining("has space");
    assertThatThrownBy(() -> b.readTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> b.okHttpClient(null)).isInstanceOf(NullPointerException.class).hasMessage("okHttpClient == null");
    assertThatThrownBy(() -> b.httpLogging(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void invalidEndpointArgumentsFailBeforeAnyRequest() {
    try (PixivClient client = PixivClient.builder().baseUrl("http://127.0.0.1:9/").build()) {
      assertThatThrownBy(() -> client.artworks().illust(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id must be >= 1 but was 0");
    }
  }

  @Test
  void toStringShowsNoSecret() {
    String secret = "4242_ZyXwVuTsRqPoNmLkJiHgFeDcBa9876";
    try (PixivClient client = PixivClient.builder().session(PixivSession.ofPhpSessId(secret)).csrfToken("0123456789abcdef0123456789abcdef").build()) {
      assertThat(client.toString()).doesNotContain(secret).doesNotContain("ZyXw").doesNotContain("0123456789abcdef");
    }
  }
}
