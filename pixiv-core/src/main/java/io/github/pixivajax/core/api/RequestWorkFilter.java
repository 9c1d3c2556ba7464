package io.github.pixivajax.core.api;

/** Which in-progress Requests to list: every kind of work, or one. */
public enum RequestWorkFilter implements QueryValue {
  ALL("all"),
  ILLUST("illust"),
  MANGA("manga"),
  UGOIRA("ugoira");

  private final String value;

  RequestWorkFilter(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
