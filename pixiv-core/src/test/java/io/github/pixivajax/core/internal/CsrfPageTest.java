package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CsrfPageTest {
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";

  // A hang guard, not a speed assertion: the old regex needed hours for this page, linear parsing ms.
  @Test
  void pageOfUnclosedScriptAndMetaTagsParsesInLinearTime() {
    String hostile = "<script ".repeat(100_000) + "<meta ".repeat(100_000);
    CsrfPage page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CsrfPage.parse(hostile, PixivJson.mapper()));
    assertThat(page.token).isNull();
  }

  @Test
  void nextDataAfterManyUnrelatedTagsIsStillFound() {
    String state = "{\\\"api\\\":{\\\"token\\\":\\\"" + TOKEN + "\\\"},\\\"userData\\\":{\\\"self\\\":{\\\"id\\\":\\\"42\\\"}}}";
    String html = "<scripts>".repeat(1000) + "<script src=x></script>".repeat(1000)
        + "<SCRIPT type=\"application/json\" ID='__NEXT_DATA__'>{\"props\":{\"pageProps\":{\"serverSerializedPreloadedState\":\""
        + state + "\"}}}</script>";
    CsrfPage page = CsrfPage.parse(html, PixivJson.mapper());
    assertThat(page.token).isEqualTo(TOKEN);
    assertThat(page.userId).isEqualTo("42");
  }

  @Test
  void metaGlobalDataIsFoundAfterUnrelatedMetaTags() {
    String html = "<meta charset=utf-8>".repeat(100) + "<meta name=x id=\"meta-global-data\" content='{\"token\":\"" + TOKEN
        + "\",\"userData\":{\"id\":\"7\"}}'>";
    CsrfPage page = CsrfPage.parse(html, PixivJson.mapper());
    assertThat(page.token).isEqualTo(TOKEN);
    assertThat(page.userId).isEqualTo("7");
  }
}
