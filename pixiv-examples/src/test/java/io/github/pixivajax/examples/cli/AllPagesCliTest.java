package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.examples.fake.FakePixiv;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --all-pages} on {@code novel search} and {@code download search} against a fake capped at one page. */
class AllPagesCliTest {
  static FakePixiv capped;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    capped = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).searchPageCap(1).build());
  }

  @AfterAll
  static void stop() {
    capped.close();
  }

  static CliRun pixiv(String... args) {
    return CliRun.of(CliRun.against(capped, args));
  }

  @Test
  void novelSearchAllPagesGoesPastTheCap() {
    CliRun plain = pixiv("novel", "search", "物語", "--limit", "0");
    assertThat(plain.json()).hasSize(30);
    CliRun all = pixiv("novel", "search", "物語", "--all-pages", "--limit", "0");
    assertThat(all.code()).as(all.err()).isZero();
    List<String> ids = all.json().stream().map(n -> n.path("id").asText()).toList();
    assertThat(ids).hasSizeGreaterThan(60).doesNotHaveDuplicates().startsWith(
        plain.json().stream().map(n -> n.path("id").asText()).toArray(String[]::new));
  }

  @Test
  void allPagesRefusesPopularityAndSeriesBeforeAnyRequest() {
    int before = capped.requestCount();
    assertThat(pixiv("novel", "search", "物語", "--all-pages", "--order", "popular_d").code()).isEqualTo(Cli.USAGE);
    assertThat(pixiv("novel", "search", "物語", "--all-pages", "--series").code()).isEqualTo(Cli.USAGE);
    assertThat(pixiv("download", "search", "原神", "--all-pages", "--order", "popular_d", "--dir", dir.toString()).code())
        .isEqualTo(Cli.USAGE);
    assertThat(capped.requestCount()).isEqualTo(before);
  }

  @Test
  void downloadSearchAllPagesSavesWorksPastTheCap() {
    CliRun r = pixiv("download", "search", "原神", "--all-pages", "--limit", "61", "--size", "regular", "--no-archive",
        "--dir", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().stream().map(n -> n.path("id").asText()).distinct()).as("61 works, past the 60 of the cap page").hasSize(61);
    assertThat(r.statuses()).containsOnly("saved");
  }
}
