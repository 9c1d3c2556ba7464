package io.github.pixivajax.core.api;

/** pixiv's {@code mode} filter: everything, all-ages only, or R-18 only (R-18 needs a logged-in session). */
public enum ContentMode implements QueryValue {
  ALL("all"),
  SAFE("safe"),
  R18("r18");

  private final String value;

  ContentMode(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
