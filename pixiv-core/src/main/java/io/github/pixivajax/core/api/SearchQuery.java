package io.github.pixivajax.core.api;

import static io.github.pixivajax.core.api.QueryParams.bounds;
import static io.github.pixivajax.core.api.QueryParams.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search for {@link SearchApi#artworks}, {@link SearchApi#illustrations} or {@link
 * SearchApi#manga}: the word and pixiv's filters, each omitted from the request when null. Build one
 * with {@link #builder(String)}; the constructor validates, so every instance is a valid query.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.builder("原神").order(SearchOrder.DATE_DESC).sMode(SearchMode.S_TAG_FULL).p(2).build();
 * SearchResult r = client.search().artworks(q).blockingGet();
 * }</pre>
 *
 * @param type null for the endpoint's default; must be one the endpoint accepts (see {@link SearchType})
 * @param wlt minimum width in pixels; {@code wgt} maximum width, {@code hlt}/{@code hgt} the same for height
 * @param ratio aspect ratio: {@code -0.5} portrait, {@code 0} square, {@code 0.5} landscape
 * @param tool production tool, e.g. {@code Photoshop}
 * @param scd posted on or after this day; {@code ecd} on or before
 * @param blt minimum bookmarks; {@code bgt} maximum (both need Premium)
 * @param workLang two-letter language of the text in the work; manga search only
 * @param p page, from 1
 */
public record SearchQuery(
    String word,
    @Nullable SearchOrder order,
    @Nullable ContentMode mode,
    @Nullable SearchMode sMode,
    @Nullable SearchType type,
    @Nullable Integer wlt,
    @Nullable Integer wgt,
    @Nullable Integer hlt,
    @Nullable Integer hgt,
    @Nullable Double ratio,
    @Nullable String tool,
    @Nullable LocalDate scd,
    @Nullable LocalDate ecd,
    @Nullable Integer blt,
    @Nullable Integer bgt,
    @Nullable String workLang,
    @Nullable Integer p) {
  /** @throws IllegalArgumentException naming the offending parameter */
  public SearchQuery {
    SearchWord.of(word);
    bounds("wlt", wlt, "wgt", wgt);
    bounds("hlt", hlt, "hgt", hgt);
    bounds("blt", blt, "bgt", bgt);
    if (ratio != null && !Double.isFinite(ratio)) {
      throw new IllegalArgumentException("ratio must be finite but was " + ratio);
    }
    notBlank("tool", tool);
    notBlank("work_lang", workLang);
    if (scd != null && ecd != null && scd.isAfter(ecd)) {
      throw new IllegalArgumentException("scd (" + scd + ") is after ecd (" + ecd + ")");
    }
    if (p != null && p < 1) {
      throw new IllegalArgumentException("p must be >= 1 but was " + p);
    }
  }

  /** A query for {@code word} with no filters. */
  public static SearchQuery of(String word) {
    return builder(word).build();
  }

  public static Builder builder(String word) {
    return new Builder(word);
  }

  /** A builder holding this query's values, e.g. to ask for the next page. */
  public Builder toBuilder() {
    Builder b = new Builder(word);
    b.order = order;
    b.mode = mode;
    b.sMode = sMode;
    b.type = type;
    b.wlt = wlt;
    b.wgt = wgt;
    b.hlt = hlt;
    b.hgt = hgt;
    b.ratio = ratio;
    b.tool = tool;
    b.scd = scd;
    b.ecd = ecd;
    b.blt = blt;
    b.bgt = bgt;
    b.workLang = workLang;
    b.p = p;
    return b;
  }

  SearchWord searchWord() {
    return SearchWord.of(word);
  }

  /**
   * The query string for the endpoint whose default type is {@code endpointDefault}: {@code word},
   * then {@code type} (always sent, as pixiv's pages do), then every filter that is set.
   */
  Map<String, String> queryMap(SearchType endpointDefault) {
    SearchType t = type == null ? endpointDefault : type;
    String endpoint = endpointDefault.endpoint();
    if (!t.endpoint().equals(endpoint)) {
      throw new IllegalArgumentException(
          "type " + t.queryValue() + " is for " + t.endpoint() + " search, not " + endpoint);
    }
    if (workLang != null && endpointDefault != SearchType.MANGA) {
      throw new IllegalArgumentException("work_lang is only accepted by manga search, not " + endpoint);
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("word", word);
    q.put("type", t.queryValue());
    put(q, "order", order);
    put(q, "mode", mode);
    put(q, "s_mode", sMode);
    put(q, "work_lang", workLang);
    put(q, "wlt", wlt);
    put(q, "wgt", wgt);
    put(q, "hlt", hlt);
    put(q, "hgt", hgt);
    if (ratio != null) {
      // -0.5, 0, 0.5 rather than Double.toString's 0.0 or 1.0E-4
      q.put("ratio", BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString());
    }
    put(q, "tool", tool);
    put(q, "scd", scd);
    put(q, "ecd", ecd);
    put(q, "blt", blt);
    put(q, "bgt", bgt);
    put(q, "p", p);
    return Collections.unmodifiableMap(q);
  }

  private static void notBlank(String name, @Nullable String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }

  /** Collects a {@link SearchQuery}; {@link #build()} validates. Setting null clears a filter. */
  public static final class Builder {
    private String word;
    private @Nullable SearchOrder order;
    private @Nullable ContentMode mode;
    private @Nullable SearchMode sMode;
    private @Nullable SearchType type;
    private @Nullable Integer wlt;
    private @Nullable Integer wgt;
    private @Nullable Integer hlt;
    private @Nullable Integer hgt;
    private @Nullable Double ratio;
    private @Nullable String tool;
    private @Nullable LocalDate scd;
    private @Nullable LocalDate ecd;
    private @Nullable Integer blt;
    private @Nullable Integer bgt;
    private @Nullable String workLang;
    private @Nullable Integer p;

    private Builder(String word) {
      this.word = Objects.requireNonNull(word, "word == null");
    }

    public Builder word(String word) {
      this.word = Objects.requireNonNull(word, "word == null");
      return this;
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

    public Builder type(@Nullable SearchType type) {
      this.type = type;
      return this;
    }

    /** Width in pixels between {@code min} and {@code max} ({@code wlt}, {@code wgt}); null for no bound. */
    public Builder width(@Nullable Integer min, @Nullable Integer max) {
      this.wlt = min;
      this.wgt = max;
      return this;
    }

    /** Height in pixels between {@code min} and {@code max} ({@code hlt}, {@code hgt}); null for no bound. */
    public Builder height(@Nullable Integer min, @Nullable Integer max) {
      this.hlt = min;
      this.hgt = max;
      return this;
    }

    public Builder ratio(@Nullable Double ratio) {
      this.ratio = ratio;
      return this;
    }

    public Builder tool(@Nullable String tool) {
      this.tool = tool;
      return this;
    }

    /** Posted between {@code start} and {@code end}, both inclusive ({@code scd}, {@code ecd}); null for no bound. */
    public Builder dates(@Nullable LocalDate start, @Nullable LocalDate end) {
      this.scd = start;
      this.ecd = end;
      return this;
    }

    /** Bookmark count between {@code min} and {@code max} ({@code blt}, {@code bgt}); null for no bound. */
    public Builder bookmarks(@Nullable Integer min, @Nullable Integer max) {
      this.blt = min;
      this.bgt = max;
      return this;
    }

    public Builder workLang(@Nullable String workLang) {
      this.workLang = workLang;
      return this;
    }

    public Builder p(@Nullable Integer p) {
      this.p = p;
      return this;
    }

    /** @throws IllegalArgumentException naming the offending parameter */
    public SearchQuery build() {
      return new SearchQuery(
          word, order, mode, sMode, type, wlt, wgt, hlt, hgt, ratio, tool, scd, ecd, blt, bgt, workLang, p);
    }
  }
}
