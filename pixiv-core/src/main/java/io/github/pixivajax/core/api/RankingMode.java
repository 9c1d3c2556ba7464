package io.github.pixivajax.core.api;

/** Which ranking {@code ranking.php} returns ({@code mode}). The R-18 and R-18G rankings need a logged-in session. */
public enum RankingMode implements QueryValue {
  DAILY("daily"),
  WEEKLY("weekly"),
  MONTHLY("monthly"),
  ROOKIE("rookie"),
  ORIGINAL("original"),
  DAILY_AI("daily_ai"),
  MALE("male"),
  FEMALE("female"),
  DAILY_R18("daily_r18"),
  WEEKLY_R18("weekly_r18"),
  MALE_R18("male_r18"),
  FEMALE_R18("female_r18"),
  R18G("r18g"),
  DAILY_R18_AI("daily_r18_ai");

  private final String value;

  RankingMode(String value) {
    this.value = value;
  }

  @Override
  public String queryValue() {
    return value;
  }
}
