package io.github.pixivajax.core.api;

/**
 * The kind of work searched ({@code type}). Each search endpoint accepts its own values: artworks
 * {@link #ALL}; illustrations {@link #ILLUST_AND_UGOIRA} (its default), {@link #ILLUST} or {@link
 * #UGOIRA}; manga {@link #MANGA}.
 */
public enum SearchType implements QueryValue {
  ALL("all", "artworks"),
  ILLUST_AND_UGOIRA("illust_and_ugoira", "illustrations"),
  ILLUST("illust", "illustrations"),
  UGOIRA("ugoira", "illustrations"),
  MANGA("manga", "manga");

  private final String value;
  private final String endpoint;

  SearchType(String value, String endpoint) {
    this.value = value;
    this.endpoint = endpoint;
  }

  @Override
  public String queryValue() {
    return value;
  }

  /** The search endpoint ({@code ajax/search/<endpoint>/…}) that accepts this type. */
  String endpoint() {
    return endpoint;
  }
}
