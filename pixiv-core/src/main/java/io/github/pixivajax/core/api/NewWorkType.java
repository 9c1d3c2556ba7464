package io.github.pixivajax.core.api;

/** The kind of work {@code GET /ajax/illust/new} lists. */
public enum NewWorkType implements QueryValue {
  ILLUST("illust"),
  MANGA("manga");

  private final String value;

  NewWorkType(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
