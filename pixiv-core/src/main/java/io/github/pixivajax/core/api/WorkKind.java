package io.github.pixivajax.core.api;

/** The path segment of {@code GET /ajax/user/{id}/{kind}/tag}: a user's illustrations, manga, or both. */
public enum WorkKind implements QueryValue {
  ILLUSTS("illusts"),
  MANGA("manga"),
  ILLUST_MANGA("illustmanga");

  private final String value;

  WorkKind(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
