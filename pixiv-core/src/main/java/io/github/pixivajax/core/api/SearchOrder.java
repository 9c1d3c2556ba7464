package io.github.pixivajax.core.api;

/** Search result order ({@code order}): by date or popularity, newest or most popular first with {@code _DESC}. */
public enum SearchOrder implements QueryValue {
  DATE_DESC("date_d"),
  DATE("date"),
  /** Popularity orders need a Premium account. */
  POPULAR_DESC("popular_d"),
  POPULAR("popular"),
  POPULAR_MALE_DESC("popular_male_d"),
  POPULAR_MALE("popular_male"),
  POPULAR_FEMALE_DESC("popular_female_d"),
  POPULAR_FEMALE("popular_female");

  private final String value;

  SearchOrder(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
