package io.github.pixivajax.core.api;

/** The kind of work a ranking lists ({@code content}); {@link #COMPLEX} means every kind, as omitting it does. */
public enum RankingContent implements QueryValue {
  COMPLEX("complex"),
  ILLUST("illust"),
  UGOIRA("ugoira"),
  MANGA("manga");

  private final String value;

  RankingContent(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
