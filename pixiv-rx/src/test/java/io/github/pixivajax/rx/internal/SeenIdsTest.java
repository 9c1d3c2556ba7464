package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The dedupe memory is bounded by {@code RxConfig.dedupeCapacity}: the oldest ids are forgotten first. */
class SeenIdsTest {
  @Test
  void remembersAtMostCapacityIdsForgettingTheOldest() {
    SeenIds seen = new SeenIds(3);
    assertThat(seen.add("a")).isTrue();
    assertThat(seen.add("b")).isTrue();
    assertThat(seen.add("c")).isTrue();
    assertThat(seen.add("a")).as("still remembered").isFalse();
    assertThat(seen.add("d")).isTrue();
    assertThat(seen.size()).isEqualTo(3);
    assertThat(seen.add("a")).as("the oldest was forgotten").isTrue();
    assertThat(seen.add("d")).isFalse();
    for (int i = 0; i < 1000; i++) {
      seen.add("x" + i);
    }
    assertThat(seen.size()).isEqualTo(3);
  }

  @Test
  void capacityZeroRemembersNothing() {
    SeenIds seen = new SeenIds(0);
    assertThat(seen.add("a")).isTrue();
    assertThat(seen.add("a")).isTrue();
    assertThat(seen.size()).isZero();
  }

  @Test
  void aFilterEndsAfterThreePagesOfRepeatsOnly() {
    SeenIdsFilter filter = SeenIdsFilter.create(10);
    assertThat(filter.keepNew(List.of("1", "2"), Function.identity())).containsExactly("1", "2");
    assertThat(filter.keepNew(List.of("2", "3"), Function.identity())).containsExactly("3");
    for (int i = 0; i < SeenIdsFilter.MAX_STALE_PAGES - 1; i++) {
      assertThat(filter.keepNew(List.of("1", "3"), Function.identity())).isEmpty();
      assertThat(filter.exhausted()).isFalse();
    }
    assertThat(filter.keepNew(List.of("2"), Function.identity())).isEmpty();
    assertThat(filter.exhausted()).isTrue();
  }
}
