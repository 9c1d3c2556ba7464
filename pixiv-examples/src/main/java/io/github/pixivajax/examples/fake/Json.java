package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Small helpers to write pixiv's JSON as Jackson trees: envelopes, id lists, ad zones, page meta. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode obj() {
    return F.objectNode();
  }

  static ArrayNode arr() {
    return F.arrayNode();
  }

  static JsonNode nil() {
    return F.nullNode();
  }

  /** Ids as JSON strings, the way pixiv writes most of them. */
  static ArrayNode ids(Collection<? extends Number> ids) {
    ArrayNode a = arr();
    ids.forEach(id -> a.add(id.toString()));
    return a;
  }

  /** Ids as JSON numbers (e.g. {@code follow_latest}'s {@code page.ids}). */
  static ArrayNode numbers(Collection<? extends Number> ids) {
    ArrayNode a = arr();
    ids.forEach(id -> a.add(id.longValue()));
    return a;
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode a = arr();
    values.forEach(a::add);
    return a;
  }

  /** pixiv's success envelope. */
  static ObjectNode envelope(JsonNode body) {
    ObjectNode o = obj();
    o.put("error", false);
    o.put("message", "");
    o.set("body", body);
    return o;
  }

  /** pixiv's error envelope: {@code {"error":true,"message":…,"body":[]}}. */
  static ObjectNode error(String message) {
    ObjectNode o = obj();
    o.put("error", true);
    o.put("message", message);
    o.set("body", arr());
    return o;
  }

  /** pixiv's PHP backend writes an empty associative array as {@code []}. */
  static JsonNode phpMap(ObjectNode map) {
    return map.isEmpty() ? arr() : map;
  }

  /** Advertising zones as pixiv lists them; the URLs are inert. */
  static ObjectNode zoneConfig(String... zones) {
    ObjectNode o = obj();
    for (String zone : zones) {
      o.putObject(zone).put("url", "https://pixon.ads-pixiv.net/show?zone_id=" + zone + "&format=js&s=0&up=0&ng=g&l=ja");
    }
    return o;
  }

  static ObjectNode zoneConfig() {
    return zoneConfig("header", "footer", "logo");
  }

  /** {@code extraData.meta} of a page: title, description, canonical URL, OGP and Twitter cards. */
  static ObjectNode extraData(String title, String description, String canonical) {
    ObjectNode meta = obj();
    meta.put("title", title);
    meta.put("description", description);
    meta.put("canonical", canonical);
    ObjectNode alternate = meta.putObject("alternateLanguages");
    alternate.put("ja", canonical);
    alternate.put("en", canonical.replace("https://www.pixiv.net/", "https://www.pixiv.net/en/"));
    meta.put("descriptionHeader", "");
    ObjectNode ogp = meta.putObject("ogp");
    ogp.put("description", description);
    ogp.put("image", "https://s.pximg.net/www/images/share/pictures.jpg");
    ogp.put("title", title);
    ogp.put("type", "article");
    ObjectNode twitter = meta.putObject("twitter");
    twitter.put("description", description);
    twitter.put("image", "https://s.pximg.net/www/images/share/pictures.jpg");
    twitter.put("title", title);
    twitter.put("card", "summary");
    ObjectNode extra = obj();
    extra.set("meta", meta);
    return extra;
  }

  static String urlEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String string(JsonNode node) {
    return new String(bytes(node), StandardCharsets.UTF_8);
  }

  static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? obj() : MAPPER.readTree(body);
    } catch (IOException e) {
      throw FakeError.badRequest("Malformed JSON body");
    }
  }
}
