package io.github.pixivajax.core.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who sees a bookmark, as {@code POST /ajax/illusts/bookmarks/edit_restrict} writes it. */
public enum BookmarkRestrict implements QueryValue {
  PUBLIC("public"),
  PRIVATE("private");

  private final String value;

  BookmarkRestrict(String value) {
    this.value = value;
  }

  @JsonValue
  @Override
  public String queryValue() {
    return value;
  }
}
