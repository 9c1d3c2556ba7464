package io.github.pixivajax.rx.internal;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.QueryValue;
import io.github.pixivajax.core.api.SearchMode;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.api.SearchType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Stream parameters as strings, so that a cursor can rebuild its stream. */
public final class Params {
  private Params() {}

  public static <E extends Enum<E> & QueryValue> E parse(Class<E> type, @Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("cursor lacks parameter " + name);
    }
    for (E e : type.getEnumConstants()) {
      if (e.queryValue().equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("cursor parameter " + name + " has unknown value " + value);
  }

  public static Map<String, String> search(SearchQuery q) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("word", q.word());
    put(m, "order", q.order());
    put(m, "mode", q.mode());
    put(m, "s_mode", q.sMode());
    put(m, "type", q.type());
    put(m, "wlt", q.wlt());
    put(m, "wgt", q.wgt());
    put(m, "hlt", q.hlt());
    put(m, "hgt", q.hgt());
    put(m, "ratio", q.ratio());
    put(m, "tool", q.tool());
    put(m, "scd", q.scd());
    put(m, "ecd", q.ecd());
    put(m, "blt", q.blt());
    put(m, "bgt", q.bgt());
    put(m, "work_lang", q.workLang());
    return m;
  }

  public static SearchQuery search(Map<String, String> m) {
    String word = m.get("word");
    if (word == null) {
      throw new IllegalArgumentException("cursor lacks parameter word");
    }
    SearchQuery.Builder b = SearchQuery.builder(word)
        .order(optional(SearchOrder.class, m.get("order"), "order"))
        .mode(optional(ContentMode.class, m.get("mode"), "mode"))
        .sMode(optional(SearchMode.class, m.get("s_mode"), "s_mode"))
        .type(optional(SearchType.class, m.get("type"), "type"))
        .width(integer(m.get("wlt")), integer(m.get("wgt")))
        .height(integer(m.get("hlt")), integer(m.get("hgt")))
        .ratio(m.get("ratio") == null ? null : Double.valueOf(m.get("ratio")))
        .tool(m.get("tool"))
        .dates(date(m.get("scd")), date(m.get("ecd")))
        .bookmarks(integer(m.get("blt")), integer(m.get("bgt")))
        .workLang(m.get("work_lang"));
    return b.build();
  }

  public static Map<String, String> novelSearch(NovelSearchQuery q) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("word", q.word());
    put(m, "order", q.order());
    put(m, "mode", q.mode());
    put(m, "s_mode", q.sMode());
    put(m, "tlt", q.tlt());
    put(m, "tgt", q.tgt());
    put(m, "wlt", q.wlt());
    put(m, "wgt", q.wgt());
    put(m, "work_lang", q.workLang());
    put(m, "ai_type", q.aiType());
    put(m, "scd", q.scd());
    put(m, "ecd", q.ecd());
    return m;
  }

  public static NovelSearchQuery novelSearch(Map<String, String> m) {
    String word = m.get("word");
    if (word == null) {
      throw new IllegalArgumentException("cursor lacks parameter word");
    }
    try {
      return NovelSearchQuery.builder(word)
          .order(optional(SearchOrder.class, m.get("order"), "order"))
          .mode(optional(ContentMode.class, m.get("mode"), "mode"))
          .sMode(optional(SearchMode.class, m.get("s_mode"), "s_mode"))
          .textLength(integer(m.get("tlt")), integer(m.get("tgt")))
          .wordCount(integer(m.get("wlt")), integer(m.get("wgt")))
          .workLang(m.get("work_lang"))
          .aiType(integer(m.get("ai_type")))
          .dates(date(m.get("scd")), date(m.get("ecd")))
          .build();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cursor has a malformed novel search parameter", e);
    }
  }

  private static <E extends Enum<E> & QueryValue> @Nullable E optional(Class<E> type, @Nullable String v, String name) {
    return v == null ? null : parse(type, v, name);
  }

  private static @Nullable Integer integer(@Nullable String v) {
    return v == null ? null : Integer.valueOf(v);
  }

  private static @Nullable LocalDate date(@Nullable String v) {
    return v == null ? null : LocalDate.parse(v);
  }

  private static void put(Map<String, String> m, String name, @Nullable Object value) {
    if (value != null) {
      m.put(name, value instanceof QueryValue ? ((QueryValue) value).queryValue() : value.toString());
    }
  }
}
