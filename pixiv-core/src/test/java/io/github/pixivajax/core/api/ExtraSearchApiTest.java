package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.model.extra.FrequentTag;
import java.util.Collections;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ExtraSearchApiTest extends MockPixivTest {
  @Test
  void frequentTagsSendsEachIdAsIdsArray() throws Exception {
    enqueueJson(Fixtures.resource("pixiv/extra/frequent-tags.json"));
    List<FrequentTag> tags = client.search().frequentTags(List.of("110594811", "109876000")).blockingGet();

    RecordedRequest r = takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/ajax/tags/frequent/illust?ids%5B%5D=110594811&ids%5B%5D=109876000");
    assertThat(r.getHeader("Referer")).isEqualTo("https://www.pixiv.net/");
    assertThat(tags).extracting(FrequentTag::tag).containsExactly("オリジナル", "女の子", "しろくま");
    assertThat(tags.get(0).tagTranslation()).isEqualTo("original");
    assertThat(tags.get(2).tagTranslation()).isEmpty();
  }

  @Test
  void frequentTagsCheckIdsBeforeAnyRequest() {
    SearchApi api = client.search();
    assertThatThrownBy(() -> api.frequentTags(List.of())).hasMessageStartingWith("illustIds must hold 1 to 100 ids");
    assertThatThrownBy(() -> api.frequentTags(Collections.nCopies(101, "7"))).hasMessageStartingWith("illustIds must hold 1 to 100 ids");
    assertThatThrownBy(() -> api.frequentTags(List.of("110594811", "-3"))).hasMessageStartingWith("illustIds must hold positive decimal ids");
    assertThatThrownBy(() -> new WorkId("0")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
