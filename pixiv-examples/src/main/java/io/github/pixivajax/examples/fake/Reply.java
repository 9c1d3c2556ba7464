package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response to write: status, content type, bytes and extra headers. */
final class Reply {
  static final String JSON = "application/json; charset=utf-8";

  final int status;
  final String contentType;
  final byte[] body;
  final Map<String, String> headers = new LinkedHashMap<>();

  private Reply(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  /** 200 with pixiv's envelope around {@code body}. */
  static Reply ok(JsonNode body) {
    return raw(200, Json.envelope(body));
  }

  /** A JSON document as is (e.g. {@code ranking.php}, which has no envelope). */
  static Reply raw(int status, JsonNode document) {
    return new Reply(status, JSON, Json.bytes(document));
  }

  static Reply error(int status, String message) {
    return raw(status, Json.error(message));
  }

  /** 200 with {@code body} as is, e.g. an image. */
  static Reply binary(String contentType, byte[] body) {
    return new Reply(200, contentType, body);
  }

  static Reply html(String html) {
    return new Reply(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
