package io.github.pixivajax.core.api;

/** Which kind of series: manga and illustration series, or novel series. */
public enum SeriesKind implements QueryValue {
  ILLUST("illust"),
  NOVEL("novel");

  private final String value;

  SeriesKind(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
