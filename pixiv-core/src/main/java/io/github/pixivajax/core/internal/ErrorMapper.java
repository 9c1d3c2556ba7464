package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivDecodeException;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.PixivHtmlResponseException;
import io.github.pixivajax.core.PixivNetworkException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.PixivRecaptchaRequiredException;
import io.github.pixivajax.core.PixivResponseTooLargeException;
import io.github.pixivajax.core.PixivServerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.HttpException;

/** Turns whatever a call failed with into the one public {@link PixivException} hierarchy. */
public final class ErrorMapper {
  // pixiv localizes messages; these cover the languages its site ships, and the status wins anyway.
  private static final Pattern NOT_FOUND =
      Pattern.compile("(?i)not.?found|does not exist|has been deleted|存在しない|削除され|見つかりません|找不到|不存在|찾을 수|존재하지 않|삭제되었");
  private static final Pattern RATE_LIMIT =
      Pattern.compile("(?i)rate.?limit|too many requests|時間を(?:空け|おい|置い)|アクセスが集中|请求过多|過多|频繁|頻繁|요청이 너무 많|너무 많은 요청");
  private static final Pattern AUTH =
      Pattern.compile("(?i)log(?:ged)? ?in|sign(?:ed)? ?in|ログイン|权限|權限|登录|登入|로그인|unauthori[sz]ed|forbidden");

  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final Clock clock;
  private final Duration maxPause;

  public ErrorMapper(ObjectMapper mapper, Redactor redactor, Clock clock) {
    this(mapper, redactor, clock, Duration.ofMinutes(15), Long.MAX_VALUE);
  }

  public ErrorMapper(ObjectMapper mapper, Redactor redactor, Clock clock, Duration maxPause, long maxResponseSize) {
    this.mapper = Objects.requireNonNull(mapper, "mapper == null");
    this.redactor = Objects.requireNonNull(redactor, "redactor == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.maxPause = Objects.requireNonNull(maxPause, "maxPause == null");
  }

  public Throwable map(Throwable e, String method, String path) {
    if (e instanceof PixivException) {
      return e;
    }
    if (e instanceof WrappedPixivException) {
      return ((WrappedPixivException) e).pixivException();
    }
    String endpoint = method + " " + path;
    if (e instanceof ResponseProblem) {
      ResponseProblem p = (ResponseProblem) e;
      switch (p.kind) {
        case API_ERROR:
          // Converters only see 2xx bodies: pixiv reported the error inside a successful response.
          return classify(200, method, path, p.pixivMessage, p.snippet, null);
        case HTML:
          return new PixivHtmlResponseException(endpoint, p.snippet, null);
        default:
          Throwable cause = p.getCause();
          return new PixivDecodeException(
              endpoint, "could not decode the response: " + redactor.redact(String.valueOf(p.pixivMessage)),
              p.snippet, cause == null ? null : redactor.cause(cause));
      }
    }
    if (e instanceof HttpException) {
      return fromHttp((HttpException) e, method, path);
    }
    if (e instanceof ResponseSizeInterceptor.TooLarge) {
      return new PixivResponseTooLargeException(endpoint, ((ResponseSizeInterceptor.TooLarge) e).limit());
    }
    if (e instanceof IOException) {
      return new PixivNetworkException(endpoint, (IOException) redactor.cause(e));
    }
    Throwable clean = redactor.cause(e);
    if (clean != e) {
      // Whatever else failed quoted a secret: report it without the secret, as a PixivException.
      return new PixivException(endpoint + ": " + clean.getMessage(), clean);
    }
    return e;
  }

  private PixivApiException fromHttp(HttpException e, String method, String path) {
    var response = e.response();
    int status = e.code();
    String body = "";
    String retryAfter = null;
    if (response != null) {
      retryAfter = response.headers().get("Retry-After");
      body = read(response.errorBody());
    }
    String message = null;
    String trimmed = body.strip();
    if (trimmed.startsWith("\uFEFF")) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.startsWith("{")) {
      try {
        JsonNode node = mapper.readTree(trimmed);
        JsonNode m = node.get("message");
        if (m != null && m.isValueNode() && !m.asText().isBlank()) {
          message = m.asText();
        }
      } catch (IOException ignored) {
        // Not JSON after all: the snippet still shows what came back.
      }
    }
    return classify(status, method, path, message, redactor.snippet(body), retryAfter);
  }

  PixivApiException classify(
      int status,
      String method,
      String path,
      @Nullable String message,
      String snippet,
      @Nullable String retryAfter) {
    // pixiv's message is server text: it may echo the cookie or the token.
    message = redactor.redactNullable(message);
    String m = message == null ? "" : message;
    if (Recaptcha.demanded(status, method, path, m, snippet)) {
      return new PixivRecaptchaRequiredException(status, method, path, message, snippet);
    }
    if (status == 429 || RATE_LIMIT.matcher(m).find()) {
      Duration asked = parseRetryAfter(retryAfter);
      if (asked != null && asked.compareTo(maxPause) > 0) {
        return new PixivRateLimitException(status, method, path, message, snippet, asked, maxPause);
      }
      return new PixivRateLimitException(status, method, path, message, snippet, asked);
    }
    if (status == 404 || (status < 500 && NOT_FOUND.matcher(m).find())) {
      return new PixivNotFoundException(status, method, path, message, snippet);
    }
    if (status == 401 || status == 403 || (status < 500 && AUTH.matcher(m).find())) {
      return new PixivAuthException(status, method, path, message, snippet);
    }
    if (status >= 500) {
      return new PixivServerException(status, method, path, message, snippet);
    }
    return new PixivApiException(status, method, path, message, snippet);
  }

  /** {@code Retry-After} as delta-seconds or an HTTP-date; null when absent or unreadable. */
  public @Nullable Duration parseRetryAfter(@Nullable String value) {
    return parseRetryAfter(value, clock);
  }

  /**
   * {@code Retry-After} against {@code clock}'s now; null when absent, unreadable, negative or a date
   * already past (the caller's default pause applies). Absurdly long asks saturate at {@link
   * #MAX_RETRY_AFTER} instead of overflowing.
   */
  public static @Nullable Duration parseRetryAfter(@Nullable String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (v.length() > 15) {
        return MAX_RETRY_AFTER;
      }
      Duration d = Duration.ofSeconds(Long.parseLong(v));
      return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
      Duration d = Duration.between(clock.instant(), at.toInstant());
      if (d.isNegative() || d.isZero()) {
        return null;
      }
      return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  /** The longest {@code Retry-After} represented (about 31 700 years); longer asks saturate here. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(999_999_999_999L);

  private static String read(@Nullable ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      BufferedSource source = body.source();
      source.request(8192);
      long n = Math.min(source.getBuffer().size(), 8192);
      return source.getBuffer().readString(n, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
