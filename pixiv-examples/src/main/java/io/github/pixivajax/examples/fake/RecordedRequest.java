package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request a route of the fake pixiv handled, as tests see it: what the client actually sent.
 *
 * @param path the decoded path, e.g. {@code /ajax/search/artworks/猫}
 * @param query the decoded query parameters, in order, each with all its values
 * @param body the request body as UTF-8 (empty for GET)
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> query, String body) {
  public RecordedRequest {
    query = Map.copyOf(query);
  }

  /** The first value of query parameter {@code name}, or null. */
  public @Nullable String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body as an {@code application/x-www-form-urlencoded} form. */
  public Map<String, List<String>> form() {
    return Call.parseForm(body);
  }

  /** The body as JSON. */
  public JsonNode json() {
    return Json.parse(body.getBytes(StandardCharsets.UTF_8));
  }
}
