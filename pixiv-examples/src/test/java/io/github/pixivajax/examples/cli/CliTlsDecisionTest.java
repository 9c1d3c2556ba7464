package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run skips TLS (and the trust store) when nothing it fetches needs it. */
class CliTlsDecisionTest {
  @Test
  void metadataCommandsOnAPlainHttpHostSkipTlsWhateverTheImageHost() {
    assertThat(Cli.cleartextOnly("http://127.0.0.1:8080/", null, false)).isTrue();
    assertThat(Cli.cleartextOnly("HTTP://127.0.0.1:8080/", "https://i.pximg.net/", false)).isTrue();
  }

  @Test
  void commandsThatFetchImagesNeedTlsUnlessTheImageHostIsPlainHttpToo() {
    assertThat(Cli.cleartextOnly("http://127.0.0.1:8080/", null, true)).isFalse();
    assertThat(Cli.cleartextOnly("http://127.0.0.1:8080/", "https://i.pixiv.re/", true)).isFalse();
    assertThat(Cli.cleartextOnly("http://127.0.0.1:8080/", "http://127.0.0.1:8081/", true)).isTrue();
  }

  @Test
  void anHttpsOrDefaultPixivHostAlwaysNeedsTls() {
    assertThat(Cli.cleartextOnly(null, "http://127.0.0.1:8081/", false)).isFalse();
    assertThat(Cli.cleartextOnly("https://www.pixiv.net/", "http://127.0.0.1:8081/", true)).isFalse();
  }
}
