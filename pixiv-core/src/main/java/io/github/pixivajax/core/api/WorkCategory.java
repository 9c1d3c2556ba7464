package io.github.pixivajax.core.api;

/** Which of a user's works {@code GET /ajax/user/{id}/profile/illusts} returns ({@code work_category}). */
public enum WorkCategory implements QueryValue {
  ILLUST("illust"),
  MANGA("manga"),
  ILLUST_MANGA("illustManga");

  private final String value;

  WorkCategory(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
