package io.github.pixivajax.core.api;

/** pixiv's {@code rest} filter: the public or the private part of a following or bookmark list. */
public enum Rest implements QueryValue {
  SHOW("show"),
  HIDE("hide");

  private final String value;

  Rest(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
