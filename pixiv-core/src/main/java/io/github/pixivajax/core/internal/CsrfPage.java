package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
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
  private static final Pattern NEXT_DATA_ID = Pattern.compile("(?is)\\bid\\s*=\\s*[\"']__NEXT_DATA__[\"']");
  private static final Pattern META_ID = Pattern.compile("(?is)\\bid\\s*=\\s*[\"']meta-global-data[\"']");
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
    String lower = html.toLowerCase(Locale.ROOT);
    int[] script = tag(html, lower, "<script", NEXT_DATA_ID);
    String nextData = null;
    if (script != null) {
      int close = lower.indexOf("</script", script[1]);
      nextData = close < 0 ? null : html.substring(script[1], close);
    }
    if (nextData != null) {
      JsonNode state = readState(nextData, mapper);
      if (state != null) {
        token = text(state.path("api").path("token"));
        userId = text(state.path("userData").path("self").path("id"));
      }
    }
    if (token == null) {
      int[] meta = tag(html, lower, "<meta", META_ID);
      if (meta != null) {
        Matcher content = CONTENT_ATTR.matcher(html.substring(meta[0], meta[1]));
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

  /**
   * The first {@code <name …>} tag whose attributes match {@code attribute}: its start and the index
   * after its {@code >}. Linear in the page: each character is scanned once, so a page of unclosed
   * tags cannot make this quadratic (a regex with {@code [^>]*} per candidate tag did).
   */
  private static int @Nullable [] tag(String html, String lower, String open, Pattern attribute) {
    int from = 0;
    while (true) {
      int start = lower.indexOf(open, from);
      if (start < 0) {
        return null;
      }
      int afterName = start + open.length();
      if (afterName < lower.length() && Character.isLetterOrDigit(lower.charAt(afterName))) {
        from = afterName;
        continue;
      }
      int end = lower.indexOf('>', afterName);
      if (end < 0) {
        return null; // no tag after this one can be closed either
      }
      if (attribute.matcher(html).region(afterName, end).find()) {
        return new int[] {start, end + 1};
      }
      from = end + 1;
    }
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
