package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.PixivDecodeException;
import io.github.pixivajax.core.PixivSuspectedThrottleException;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import io.reactivex.rxjava3.core.Single;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pagination styles, one page at a time, without a server. */
class ResourcesTest {
  @Test
  void anEmptyFirstPageEndsEvenWhereEmptyPagesMeanThrottling() {
    Resource<String> r = Resources.byPage(p -> Single.just(new PageOf<String>(List.of(), false, 50)), s -> s, "search/x");
    Step<String> first = r.fetch("p=1").blockingGet();
    assertThat(first.items()).isEmpty();
    assertThat(first.next()).isNull();
    assertThat(first.total()).isEqualTo(50);
    assertThatThrownBy(() -> r.fetch("p=2").blockingGet()).isInstanceOf(PixivSuspectedThrottleException.class);
  }

  @Test
  void pageNumbersUpToIntMaxAreAskedForAndBeyondAreRejected() {
    List<Integer> asked = new ArrayList<>();
    Resource<String> r = Resources.byPage(p -> {
      asked.add(p);
      return Single.just(new PageOf<>(List.of("a"), false, null));
    }, s -> s, null);
    assertThat(r.fetch("p=2147483647").blockingGet().items()).containsExactly("a");
    assertThat(asked).containsExactly(Integer.MAX_VALUE);
    assertThatThrownBy(() -> r.fetch("p=2147483648")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position p=2147483648 is out of range");
    assertThatThrownBy(() -> r.fetch("p=-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position p=-1 is out of range");
  }

  @Test
  void aMalformedServerPositionIsShownUpToFortyCharacters() {
    String forty = "x".repeat(40);
    assertThatThrownBy(() -> Resources.serverNumber("GET /ajax/a", "lastId", forty))
        .isInstanceOf(PixivDecodeException.class)
        .hasMessageContaining("lastId is not a number: \"" + forty + "\"");
    assertThatThrownBy(() -> Resources.serverNumber("GET /ajax/a", "lastId", forty + "y"))
        .isInstanceOf(PixivDecodeException.class)
        .hasMessageContaining("lastId is not a number: \"" + forty + "…\"");
    assertThat(Resources.serverNumber("GET /ajax/a", "lastId", "3000000000")).isEqualTo("lastId=3000000000");
  }

  @Test
  void offsetsStartAtZeroAndAdvanceByTheItemsReceived() {
    List<Integer> asked = new ArrayList<>();
    Resource<String> r = Resources.byOffset(24, (offset, limit) -> {
      asked.add(offset);
      asked.add(limit);
      return Single.just(new PageOf<>(List.of("a", "b", "c"), false, 5));
    }, s -> s);
    assertThat(r.start()).isEqualTo("offset=0");
    assertThat(r.fetch("offset=0").blockingGet().next()).isEqualTo("offset=3");
    assertThat(r.fetch("offset=2").blockingGet().next()).isNull();
    assertThat(asked).containsExactly(0, 24, 2, 24);
  }
}
