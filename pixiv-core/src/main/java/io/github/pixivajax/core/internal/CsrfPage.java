package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSRF token and the logged-in user id from a pixiv HTML page, trying in order: today's
 * {@code <script id="__NEXT_DATA__">} ({@code props.pageProps.serverSerializedPreloadedState}, a JSON
 * string, then {@code api.token}), the older {@code <meta id="meta-global-data" content='…'>}, and
 * finally any {@code "token":"<32 hex>"}.
 */
public final class CsrfPage {
  private static final Pattern NEXT_DATA =
      Pattern.compile("(?is)<script[^>]*\\bid\\s*=\\s*[\"']__NEXT_DATA__[\"'][^>]*>(.*?)</script>");
  private static final Pattern META_TAG =
      Pattern.compile("(?is)<meta\\b[^>]*\\bid\\s*=\\s*[\"']meta-global-data[\"'][^>]*>");
  private static final Pattern CONTENT_ATTR =
      Pattern.compile("(?is)\\bcontent\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\")");
  private static final Pattern HEX_TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([0-9a-f]{32})\"");

  public final @Nullable String token;
  public final @Nullable String userId;

  private CsrfPage(@Nullable String token, @Nullable String userId) {
    this.token = token;
    this.userId = userId;
  }

  public static CsrfPage parse(String html, ObjectMapper mapper) {
    String token = null;
    String userId = null;
    Matcher next = NEXT_DATA.matcher(html);
    if (next.find()) {
      JsonNode state = readState(next.group(1), mapper);
      if (state != null) {
        token = text(state.path("api").path("token"));
        userId = text(state.path("userData").path("self").path("id"));
      }
    }
    if (token == null) {
      Matcher meta = META_TAG.matcher(html);
      if (meta.find()) {
        Matcher content = CONTENT_ATTR.matcher(meta.group());
        if (content.find()) {
          String json = content.group(1) != null ? content.group(1) : unescapeHtml(content.group(2));
          JsonNode node = readTree(json, mapper);
          if (node != null) {
            token = text(node.path("token"));
            if (userId == null) {
              userId = text(node.path("userData").path("id"));
            }
          }
        }
      }
    }
    if (token == null) {
      Matcher hex = HEX_TOKEN.matcher(html);
      if (hex.find()) {
        token = hex.group(1);
      }
    }
    return new CsrfPage(token, userId);
  }

  private static @Nullable JsonNode readState(String nextData, ObjectMapper mapper) {
    JsonNode root = readTree(nextData, mapper);
    if (root == null) {
      return null;
    }
    JsonNode serialized = root.path("props").path("pageProps").path("serverSerializedPreloadedState");
    if (serialized.isTextual()) {
      return readTree(serialized.asText(), mapper);
    }
    return serialized.isObject() ? serialized : null;
  }

  private static @Nullable JsonNode readTree(String json, ObjectMapper mapper) {
    try {
      return mapper.readTree(json.strip());
    } catch (IOException e) {
      return null;
    }
  }

  private static @Nullable String text(JsonNode node) {
    if (node.isValueNode() && !node.isNull()) {
      String s = node.asText();
      return s.isBlank() ? null : s;
    }
    return null;
  }

  private static String unescapeHtml(String s) {
    return s.replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'").replace("&apos;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
