package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The logged-in account's counts, as {@code GET /ajax/user/extra} returns them. */
public record UserExtra(
    int following,
    int followers,
    int mypixivCount,
    @Nullable Background background,
    @JsonAnySetter Map<String, Object> other) {
  public UserExtra {
    other = Copies.map(other);
  }
}
