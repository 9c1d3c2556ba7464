package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request as a handler sees it: path parameters, query, body, and the logged-in viewer (0 if none). */
final class Call {
  final String method;
  final int viewer;
  private final Map<String, String> pathParams;
  private final Map<String, List<String>> query;
  private final byte[] body;

  Call(String method, int viewer, Map<String, String> pathParams, @Nullable String rawQuery, byte[] body) {
    this.method = method;
    this.viewer = viewer;
    this.pathParams = pathParams;
    this.query = parseForm(rawQuery);
    this.body = body;
  }

  boolean loggedIn() {
    return viewer > 0;
  }

  String path(String name) {
    String v = pathParams.get(name);
    if (v == null) {
      throw new IllegalStateException("no path parameter " + name);
    }
    return v;
  }

  /** A numeric path parameter; anything else is an unknown id (404), as on pixiv. */
  long pathId(String name) {
    return parseId(path(name));
  }

  @Nullable String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  String query(String name, String fallback) {
    String v = query(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  /** An integer query parameter clamped to {@code [min, max]}; malformed values are a 400. */
  int intQuery(String name, int fallback, int min, int max) {
    String v = query(name);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      return (int) Math.max(min, Math.min(max, Long.parseLong(v.trim())));
    } catch (NumberFormatException e) {
      throw FakeError.badRequest("Invalid parameter: " + name);
    }
  }

  /** pixiv's page number {@code p}, from 1. */
  int page() {
    return intQuery("p", 1, 1, 100_000);
  }

  /** Every value of a repeated parameter, written {@code name[]=…} or {@code name=…}. */
  List<String> queryAll(String name) {
    List<String> out = new ArrayList<>(query.getOrDefault(name + "[]", List.of()));
    out.addAll(query.getOrDefault(name, List.of()));
    return out;
  }

  JsonNode jsonBody() {
    return Json.parse(body);
  }

  Map<String, List<String>> formBody() {
    return parseForm(new String(body, StandardCharsets.UTF_8));
  }

  static long parseId(String s) {
    if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw FakeError.notFound();
    }
    return Long.parseLong(s);
  }

  static Map<String, List<String>> parseForm(@Nullable String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw FakeError.badRequest("Malformed query");
    }
  }
}
