package io.github.pixivajax.core.api;

import static io.github.pixivajax.core.api.QueryParams.bounds;
import static io.github.pixivajax.core.api.QueryParams.put;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A novel search for {@link NovelsApi#search} and {@link NovelsApi#searchSeries}: the word and pixiv's
 * novel filters, each omitted from the request when null. The constructor validates.
 *
 * <pre>{@code
 * NovelSearchQuery q = NovelSearchQuery.builder("百合").order(SearchOrder.DATE_DESC).textLength(5000, null).p(2).build();
 * SearchResult r = client.novels().search(q).blockingGet();
 * }</pre>
 *
 * @param tlt minimum text length in characters; {@code tgt} maximum
 * @param wlt minimum word count; {@code wgt} maximum
 * @param workLang the text's language code, e.g. {@code ja}
 * @param aiType 1 to leave AI-generated works out, as pixiv's filter does
 * @param scd posted on or after this day (JST); {@code ecd} on or before
 * @param p page, from 1 (pixiv stops at 1000; Premium 5000)
 */
public record NovelSearchQuery(
    String word,
    @Nullable SearchOrder order,
    @Nullable ContentMode mode,
    @Nullable SearchMode sMode,
    @Nullable Integer tlt,
    @Nullable Integer tgt,
    @Nullable Integer wlt,
    @Nullable Integer wgt,
    @Nullable String workLang,
    @Nullable Integer aiType,
    @Nullable LocalDate scd,
    @Nullable LocalDate ecd,
    @Nullable Integer p) {
  /** @throws IllegalArgumentException naming the offending parameter */
  public NovelSearchQuery {
    SearchWord.of(word);
    bounds("tlt", tlt, "tgt", tgt);
    bounds("wlt", wlt, "wgt", wgt);
    if (workLang != null && workLang.isBlank()) {
      throw new IllegalArgumentException("work_lang must not be blank");
    }
    if (aiType != null && (aiType < 0 || aiType > 2)) {
      throw new IllegalArgumentException("ai_type must be 0 to 2 but was " + aiType);
    }
    if (scd != null && ecd != null && scd.isAfter(ecd)) {
      throw new IllegalArgumentException("scd (" + scd + ") is after ecd (" + ecd + ")");
    }
    if (p != null && (p < 1 || p > 5000)) {
      throw new IllegalArgumentException("p must be 1 to 5000 but was " + p);
    }
  }

  public static NovelSearchQuery of(String word) {
    return builder(word).build();
  }

  public static Builder builder(String word) {
    return new Builder(word);
  }

  public Builder toBuilder() {
    Builder b = new Builder(word);
    b.order = order;
    b.mode = mode;
    b.sMode = sMode;
    b.tlt = tlt;
    b.tgt = tgt;
    b.wlt = wlt;
    b.wgt = wgt;
    b.workLang = workLang;
    b.aiType = aiType;
    b.scd = scd;
    b.ecd = ecd;
    b.p = p;
    return b;
  }

  /** This query on page {@code p}. */
  public NovelSearchQuery withPage(int p) {
    return toBuilder().p(p).build();
  }

  SearchWord searchWord() {
    return SearchWord.of(word);
  }

  /** The query parameters, {@code gs} = 1 when grouping by series. */
  Map<String, String> queryMap(boolean groupBySeries) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("word", word);
    put(q, "order", order);
    put(q, "mode", mode);
    put(q, "s_mode", sMode);
    q.put("gs", groupBySeries ? "1" : "0");
    put(q, "tlt", tlt);
    put(q, "tgt", tgt);
    put(q, "wlt", wlt);
    put(q, "wgt", wgt);
    put(q, "work_lang", workLang);
    put(q, "ai_type", aiType);
    put(q, "scd", scd);
    put(q, "ecd", ecd);
    put(q, "p", p);
    return q;
  }

  /** Builds a {@link NovelSearchQuery}; {@link #build()} validates. */
  public static final class Builder {
    private String word;
    private @Nullable SearchOrder order;
    private @Nullable ContentMode mode;
    private @Nullable SearchMode sMode;
    private @Nullable Integer tlt;
    private @Nullable Integer tgt;
    private @Nullable Integer wlt;
    private @Nullable Integer wgt;
    private @Nullable String workLang;
    private @Nullable Integer aiType;
    private @Nullable LocalDate scd;
    private @Nullable LocalDate ecd;
    private @Nullable Integer p;

    private Builder(String word) {
      this.word = Objects.requireNonNull(word, "word == null");
    }

    public Builder order(@Nullable SearchOrder order) {
      this.order = order;
      return this;
    }

    public Builder mode(@Nullable ContentMode mode) {
      this.mode = mode;
      return this;
    }

    public Builder sMode(@Nullable SearchMode sMode) {
      this.sMode = sMode;
      return this;
    }

    /** Text length in characters ({@code tlt}, {@code tgt}); null bounds are open. */
    public Builder textLength(@Nullable Integer min, @Nullable Integer max) {
      this.tlt = min;
      this.tgt = max;
      return this;
    }

    /** Word count ({@code wlt}, {@code wgt}); null bounds are open. */
    public Builder wordCount(@Nullable Integer min, @Nullable Integer max) {
      this.wlt = min;
      this.wgt = max;
      return this;
    }

    public Builder workLang(@Nullable String workLang) {
      this.workLang = workLang;
      return this;
    }

    public Builder aiType(@Nullable Integer aiType) {
      this.aiType = aiType;
      return this;
    }

    /** Posted between {@code start} and {@code end}, both inclusive ({@code scd}, {@code ecd}); null for no bound. */
    public Builder dates(@Nullable LocalDate start, @Nullable LocalDate end) {
      this.scd = start;
      this.ecd = end;
      return this;
    }

    public Builder p(@Nullable Integer p) {
      this.p = p;
      return this;
    }

    public NovelSearchQuery build() {
      return new NovelSearchQuery(word, order, mode, sMode, tlt, tgt, wlt, wgt, workLang, aiType, scd, ecd, p);
    }
  }
}
