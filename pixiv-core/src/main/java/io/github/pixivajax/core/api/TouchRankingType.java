package io.github.pixivajax.core.api;

/** The kind of work the touch ranking lists ({@code type}); {@link #ALL} is every kind. */
public enum TouchRankingType implements QueryValue {
  ALL("all"),
  ILLUST("illust"),
  MANGA("manga"),
  UGOIRA("ugoira");

  private final String value;

  TouchRankingType(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
