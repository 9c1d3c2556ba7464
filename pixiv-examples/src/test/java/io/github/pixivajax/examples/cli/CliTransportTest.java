package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.PixivClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import okhttp3.ConnectionSpec;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** TLS is set up only when a run may need it: loading the trust store costs a short run dearly. */
class CliTransportTest {
  private static PixivClient clientFor(Cli cli, String... args) {
    CommandLine cmd = Cli.commandLine(cli, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    cmd.parseArgs(args);
    return cli.client();
  }

  @Test
  void demoRunsOnPlainHttpWithoutTls() {
    try (Cli cli = new Cli()) {
      PixivClient client = clientFor(cli, "--demo", "illust", "info", "5");
      assertThat(client.httpClient().connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
      assertThat(client.httpClient().sslSocketFactory()).isNull();
      assertThat(client.artworks().illust(5).blockingGet().id()).isEqualTo("5");
    }
  }

  @Test
  void plainHttpPagesWithDefaultImageHostNeedNoTlsForMetadata() {
    try (Cli cli = new Cli()) {
      PixivClient client = clientFor(cli, "--base-url", "http://127.0.0.1:9/", "illust", "info", "5");
      assertThat(client.httpClient().connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
      assertThat(client.httpClient().sslSocketFactory()).isNull();
    }
  }

  @Test
  void plainHttpPagesWithDefaultImageHostKeepTlsForCommandsThatFetchImages() {
    try (Cli cli = new Cli()) {
      CommandLine cmd = Cli.commandLine(cli, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
      cmd.parseArgs("--base-url", "http://127.0.0.1:9/", "download", "illust", "5");
      PixivClient client = cli.clientWithImages();
      assertThat(client.httpClient().connectionSpecs()).anyMatch(ConnectionSpec::isTls);
      assertThat(client.httpClient().sslSocketFactory()).isNotNull();
    }
  }

  @Test
  void plainHttpPagesAndImagesNeedNoTls() {
    try (Cli cli = new Cli()) {
      PixivClient client = clientFor(cli, "--base-url", "http://127.0.0.1:9/", "--image-base-url", "http://127.0.0.1:10", "illust", "info", "5");
      assertThat(client.httpClient().connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
    }
  }
}
