package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PixivSessionTest {
  private static final String SECRET = "12345678_AbCdEfGhIjKlMnOpQrStUvWxYz012345";

  @Test
  void phpSessIdExposesUserIdFromItsPrefix() {
    PixivSession s = PixivSession.ofPhpSessId(SECRET);
    assertThat(s.userId()).contains("12345678");
    assertThat(s.isAnonymous()).isFalse();
  }

  @Test
  void phpSessIdAcceptsCookieNamePrefixAndSurroundingSpace() {
    assertThat(PixivSession.ofPhpSessId("  PHPSESSID=" + SECRET + " ").userId()).contains("12345678");
  }

  @Test
  void phpSessIdWithoutUserPrefixHasNoUserId() {
    assertThat(PixivSession.ofPhpSessId("abcdefghijklmnop").userId()).isEmpty();
  }

  @Test
  void cookieHeaderFindsPhpSessIdAmongOtherCookies() {
    PixivSession s = PixivSession.ofCookieHeader("first_visit=1; PHPSESSID=" + SECRET + "; p_ab_id=3");
    assertThat(s.userId()).contains("12345678");
  }

  @Test
  void anonymousHasNoUserAndSaysSo() {
    assertThat(PixivSession.anonymous().isAnonymous()).isTrue();
    assertThat(PixivSession.anonymous().userId()).isEmpty();
    assertThat(PixivSession.anonymous().toString()).contains("anonymous");
  }

  @Test
  void blankAndMalformedValuesAreRejectedWithoutEchoingThem() {
    assertThatThrownBy(() -> PixivSession.ofPhpSessId("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phpSessId");
    String bad = "1234_secret value;with=stuff";
    assertThatThrownBy(() -> PixivSession.ofPhpSessId(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phpSessId is malformed")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cookieHeader");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("PHPSESSID=" + SECRET + "\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cookieHeader is malformed")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("justsomesecretvalue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("justsomesecretvalue");
    assertThatThrownBy(() -> PixivSession.ofPhpSessId(null))
        .isInstanceOf(NullPointerException.class).hasMessage("phpSessId == null");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertThat(PixivSession.ofPhpSessId(SECRET).toString()).doesNotContain(SECRET).doesNotContain("AbCdEf");
    assertThat(PixivSession.ofCookieHeader("PHPSESSID=" + SECRET + "; a=b").toString())
        .doesNotContain(SECRET).doesNotContain("AbCdEf");
  }

  @Test
  void nonAsciiCookieValueIsRejectedUpFrontWithoutEchoingIt() {
    for (String pasted : new String[] {"PHPSESSID=98765_XyZ\u2026Secret", "PHPSESSID=98765_Xy\u00e4Secret; p=1",
        "a=1; PHPSESSID=98765_XyZ,Secret", "PHPSESSID=98765_XyZ Secret; p=1"}) {
      assertThatThrownBy(() -> PixivSession.parse(pasted))
          .as(pasted)
          .isInstanceOf(IllegalArgumentException.class)
          .message()
          .doesNotContain("98765_Xy")
          .doesNotContain("Secret");
    }
  }

  @Test
  void parseAcceptsWhatUsersPaste() {
    assertThat(PixivSession.parse("  " + SECRET + "\n").userId()).contains("12345678");
    assertThat(PixivSession.parse("PHPSESSID=" + SECRET).cookieHeader()).isEqualTo("PHPSESSID=" + SECRET);
    assertThat(PixivSession.parse(" phpsessid=" + SECRET + " ").cookieHeader()).isEqualTo("PHPSESSID=" + SECRET);
    assertThat(PixivSession.parse("a=1; PHPSESSID=" + SECRET).userId()).contains("12345678");
  }
}
