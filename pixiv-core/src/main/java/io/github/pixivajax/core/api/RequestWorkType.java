package io.github.pixivajax.core.api;

/**
 * The kind of work a Request asks for, as the completed-requests and creators pages filter by it.
 * These pages have no "all" view; {@link RequestWorkFilter} adds it for in-progress requests.
 */
public enum RequestWorkType implements QueryValue {
  ILLUST("illust"),
  MANGA("manga"),
  UGOIRA("ugoira");

  private final String value;

  RequestWorkType(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
