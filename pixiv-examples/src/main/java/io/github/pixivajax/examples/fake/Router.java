package io.github.pixivajax.examples.fake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code METHOD path} to handlers. Patterns are slash-separated with {@code {name}} segments;
 * when several patterns match, the one with the most literal segments wins ({@code ajax/user/extra}
 * before {@code ajax/user/{id}}).
 */
final class Router {
  /** Who may call a route. */
  enum Access {
    /** Anyone. */
    PUBLIC,
    /** A logged-in session ({@code PHPSESSID}); otherwise 401. */
    LOGIN,
    /** A logged-in session and the page's CSRF token in {@code x-csrf-token}; otherwise 401 or 400. */
    WRITE
  }

  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  record Route(String method, String[] parts, Access access, Handler handler) {
    int literals() {
      int n = 0;
      for (String p : parts) {
        n += p.startsWith("{") ? 0 : 1;
      }
      return n;
    }
  }

  /** A matched route with its path parameters. */
  record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  void get(String pattern, Handler handler) {
    add("GET", pattern, Access.PUBLIC, handler);
  }

  void login(String pattern, Handler handler) {
    add("GET", pattern, Access.LOGIN, handler);
  }

  void post(String pattern, Handler handler) {
    add("POST", pattern, Access.WRITE, handler);
  }

  /** The routes as {@link FakePixiv.Endpoint}s, in registration order. */
  List<FakePixiv.Endpoint> endpoints() {
    return routes.stream()
        .map(r -> new FakePixiv.Endpoint(r.method, String.join("/", r.parts), r.access != Access.PUBLIC))
        .toList();
  }

  private void add(String method, String pattern, Access access, Handler handler) {
    routes.add(new Route(method, pattern.split("/"), access, handler));
  }

  /**
   * The best route for the path, or null when none matches. A path that matches only with another
   * method throws 405.
   */
  @Nullable Match find(String method, List<String> segments) {
    Match best = null;
    boolean otherMethod = false;
    for (Route r : routes) {
      Map<String, String> params = match(r.parts, segments);
      if (params == null) {
        continue;
      }
      if (!r.method.equals(method)) {
        otherMethod = true;
      } else if (best == null || r.literals() > best.route.literals()) {
        best = new Match(r, params);
      }
    }
    if (best == null && otherMethod) {
      throw new FakeError(405, "Method Not Allowed");
    }
    return best;
  }

  private static @Nullable Map<String, String> match(String[] parts, List<String> segments) {
    if (parts.length != segments.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      String s = segments.get(i);
      if (p.startsWith("{")) {
        params.put(p.substring(1, p.length() - 1), s);
      } else if (!p.equals(s)) {
        return null;
      }
    }
    return params;
  }

  /** Decoded, non-empty path segments ({@code +} stays a plus in a path). */
  static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        try {
          out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw FakeError.badRequest("Malformed path");
        }
      }
    }
    return out;
  }
}
