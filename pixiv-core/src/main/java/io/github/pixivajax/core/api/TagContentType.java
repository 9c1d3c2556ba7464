package io.github.pixivajax.core.api;

/** Which works {@code tags/suggest_by_word} counts per candidate tag. */
public enum TagContentType implements QueryValue {
  ILLUST("illust"),
  NOVEL("novel");

  private final String value;

  TagContentType(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
