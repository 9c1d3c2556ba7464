package io.github.pixivajax.core.api;

/** What the search word is matched against ({@code s_mode}). */
public enum SearchMode implements QueryValue {
  /** Tags, exact match. */
  S_TAG_FULL("s_tag_full"),
  /** Tags, partial match. */
  S_TAG("s_tag"),
  /** Title and caption. */
  S_TC("s_tc");

  private final String value;

  SearchMode(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
