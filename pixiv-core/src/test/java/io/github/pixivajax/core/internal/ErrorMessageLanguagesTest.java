package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRateLimitException;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pixiv's messages follow the account's language, and a throttle or a logged-out session often comes
 * as HTTP 200 (or 400) with only the message to tell. Each kind is classified from the message alone
 * in Japanese, English, Chinese (simplified and traditional) and Korean.
 */
class ErrorMessageLanguagesTest {
  private static final ErrorMapper MAPPER = new ErrorMapper(PixivJson.mapper(), Redactor.patternsOnly(), Clock.systemUTC());

  static Stream<Arguments> messages() {
    return Stream.of(
        // Throttled
        Arguments.of("ja", "アクセスが集中しているため、しばらく時間を空けてから再度お試しください。", PixivRateLimitException.class),
        Arguments.of("ja", "リクエストが多すぎます。しばらく時間をおいてから再度お試しください。", PixivRateLimitException.class),
        Arguments.of("en", "Too many requests. Please wait a while and try again.", PixivRateLimitException.class),
        Arguments.of("en", "Rate limit exceeded", PixivRateLimitException.class),
        Arguments.of("zh-CN", "请求过多，请稍后再试。", PixivRateLimitException.class),
        Arguments.of("zh-CN", "访问过于频繁，请稍后再试。", PixivRateLimitException.class),
        Arguments.of("zh-TW", "請求過多，請稍後再試。", PixivRateLimitException.class),
        Arguments.of("zh-TW", "存取過於頻繁，請稍後再試。", PixivRateLimitException.class),
        Arguments.of("ko", "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.", PixivRateLimitException.class),
        // Logged out
        Arguments.of("ja", "ログインしてください。", PixivAuthException.class),
        Arguments.of("ja", "この操作にはログインが必要です", PixivAuthException.class),
        Arguments.of("en", "Please log in.", PixivAuthException.class),
        Arguments.of("en", "You must be logged in to do this.", PixivAuthException.class),
        Arguments.of("zh-CN", "请先登录。", PixivAuthException.class),
        Arguments.of("zh-CN", "您没有权限进行此操作。", PixivAuthException.class),
        Arguments.of("zh-TW", "請先登入。", PixivAuthException.class),
        Arguments.of("zh-TW", "您沒有權限進行此操作。", PixivAuthException.class),
        Arguments.of("ko", "로그인이 필요합니다.", PixivAuthException.class),
        // Gone
        Arguments.of("ja", "該当作品は削除されたか、存在しない作品IDです。", PixivNotFoundException.class),
        Arguments.of("en", "The work has been deleted or the ID does not exist.", PixivNotFoundException.class),
        Arguments.of("zh-CN", "该作品已被删除，或作品ID不存在。", PixivNotFoundException.class),
        Arguments.of("zh-TW", "該作品已被刪除，或作品ID不存在。", PixivNotFoundException.class),
        Arguments.of("ko", "해당 작품은 삭제되었거나 존재하지 않는 작품 ID입니다.", PixivNotFoundException.class),
        // Anything else stays a plain API error
        Arguments.of("ja", "不正なリクエストです。", PixivApiException.class),
        Arguments.of("en", "Invalid request.", PixivApiException.class),
        Arguments.of("zh-CN", "无效的请求。", PixivApiException.class),
        Arguments.of("zh-TW", "無效的請求。", PixivApiException.class),
        Arguments.of("ko", "잘못된 요청입니다.", PixivApiException.class));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("messages")
  void messageInsideA200IsClassifiedInEveryLanguage(String lang, String message, Class<? extends PixivApiException> kind) {
    PixivApiException e = MAPPER.classify(200, "GET", "/ajax/illust/1", message, "{}", null);
    assertThat(e).isExactlyInstanceOf(kind);
    assertThat(e.getMessage()).contains(message);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("messages")
  void messageWithA400IsClassifiedInEveryLanguage(String lang, String message, Class<? extends PixivApiException> kind) {
    assertThat(MAPPER.classify(400, "POST", "/ajax/illusts/like", message, "{}", null)).isExactlyInstanceOf(kind);
  }
}
