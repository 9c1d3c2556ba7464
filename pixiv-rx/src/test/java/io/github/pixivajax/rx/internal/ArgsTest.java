package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.rx.Paged;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Cursor parameters back to a stream method's arguments, for every parameter type a stream may take. */
class ArgsTest {
  @SuppressWarnings("unused")
  public static final class Area {
    public @Nullable Paged<String> stream(int count, @Nullable Integer limit, boolean r18, @Nullable LocalDate day,
        @Nullable String tag) {
      return null;
    }
  }

  private static final Method STREAM = Args.stream(Area.class, "stream");

  @Test
  void intsBooleansAndDatesRoundTrip() {
    Map<String, String> params = Args.encode(STREAM, 7, 12, true, LocalDate.of(2024, 2, 29), "猫");
    assertThat(params).containsExactly(Map.entry("count", "7"), Map.entry("limit", "12"), Map.entry("r18", "true"),
        Map.entry("day", "2024-02-29"), Map.entry("tag", "猫"));
    assertThat(Args.decode(STREAM, params)).containsExactly(7, 12, true, LocalDate.of(2024, 2, 29), "猫");
    assertThat(Args.decode(STREAM, Map.of("count", "1", "r18", "false"))).containsExactly(1, null, false, null, null);
  }

  @Test
  void aBooleanIsOnlyTrueOrFalse() {
    assertThatThrownBy(() -> Args.decode(STREAM, Map.of("count", "1", "r18", "yes")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r18");
    assertThatThrownBy(() -> Args.decode(STREAM, Map.of("count", "x", "r18", "true")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cursor parameter count is malformed: x");
    assertThatThrownBy(() -> Args.decode(STREAM, Map.of("r18", "true")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cursor lacks parameter count");
  }
}
