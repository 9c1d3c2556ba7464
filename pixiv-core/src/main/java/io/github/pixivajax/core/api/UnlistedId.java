package io.github.pixivajax.core.api;

import java.util.Objects;
import java.util.regex.Pattern;

/** The id of an unlisted artwork, the alphanumeric token of {@code https://www.pixiv.net/artworks/unlisted/{id}}. */
public record UnlistedId(String value) implements QueryValue {
  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

  /** @throws IllegalArgumentException if {@code value} is blank or not made of ASCII letters and digits */
  public UnlistedId {
    Objects.requireNonNull(value, "id == null");
    if (!ALPHANUMERIC.matcher(value).matches()) {
      throw new IllegalArgumentException("id must be ASCII letters and digits but was \"" + value + "\"");
    }
  }

  @Override
  public String queryValue() {
    return value;
  }

  /** The id itself, which the Referer template puts into the URL. */
  @Override
  public String toString() {
    return value;
  }
}
