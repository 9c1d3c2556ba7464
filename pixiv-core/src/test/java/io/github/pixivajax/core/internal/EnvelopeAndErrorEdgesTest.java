package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivDecodeException;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.PixivServerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What the envelope decoder makes of odd starts of a body, and how the error mapper draws its lines. */
class EnvelopeAndErrorEdgesTest {
  record Item(@Nullable String id, int n) {}

  private final EnvelopeConverterFactory factory = new EnvelopeConverterFactory(PixivJson.mapper(), Redactor.patternsOnly());
  private final ErrorMapper mapper =
      new ErrorMapper(PixivJson.mapper(), Redactor.patternsOnly(), Clock.systemUTC(), Duration.ofSeconds(60), Long.MAX_VALUE);

  private Object decode(byte[] body, boolean enveloped) throws IOException {
    return factory.decoder(Item.class, enveloped).decode(body);
  }

  private Object decode(String body, boolean enveloped) throws IOException {
    return decode(body.getBytes(StandardCharsets.UTF_8), enveloped);
  }

  private static ResponseProblem.Kind kindOf(ThrowingRunnable r) {
    try {
      r.run();
    } catch (ResponseProblem p) {
      return p.kind;
    } catch (Exception e) {
      throw new AssertionError("not a ResponseProblem: " + e, e);
    }
    throw new AssertionError("nothing thrown");
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void htmlIsRecognisedAfterAByteOrderMarkAndWhitespace() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] html = " <html><body>maintenance</body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + html.length];
    System.arraycopy(bom, 0, body, 0, 3);
    System.arraycopy(html, 0, body, 3, html.length);
    assertThat(kindOf(() -> decode(body, true))).isEqualTo(ResponseProblem.Kind.HTML);
    assertThat(kindOf(() -> decode(" \r\n\t<!DOCTYPE html><p>x</p>", true))).isEqualTo(ResponseProblem.Kind.HTML);
    assertThat(kindOf(() -> decode("\t\t<p>", false))).isEqualTo(ResponseProblem.Kind.HTML);
  }

  @Test
  void blankBodiesAreADecodeProblemInAnEnvelopeAndEmptyOtherwise() throws IOException {
    assertThat(kindOf(() -> decode(" \n ", true))).isEqualTo(ResponseProblem.Kind.DECODE);
    assertThat(kindOf(() -> decode("", true))).isEqualTo(ResponseProblem.Kind.DECODE);
    assertThat(decode(" \r\n", false)).isEqualTo(new Item(null, 0));
    assertThat(decode("", false)).isEqualTo(new Item(null, 0));
  }

  @Test
  void documentsOutsideTheEnvelopeStillReportErrorTrueAfterWhitespace() throws IOException {
    assertThatThrownBy(() -> decode("  {\"error\":true,\"message\":\"gone\",\"body\":[]}", false))
        .isInstanceOfSatisfying(ResponseProblem.class, p -> {
          assertThat(p.kind).isEqualTo(ResponseProblem.Kind.API_ERROR);
          assertThat(p.pixivMessage).isEqualTo("gone");
        });
    assertThat(decode(" {\"id\":\"4\",\"n\":2}", false)).isEqualTo(new Item("4", 2));
  }

  @Test
  void numericErrorFlagsCount() throws IOException {
    assertThat(kindOf(() -> decode("{\"error\":1,\"message\":\"no\",\"body\":[]}", true)))
        .isEqualTo(ResponseProblem.Kind.API_ERROR);
    assertThat(kindOf(() -> decode("{\"error\":\"TRUE\",\"body\":[]}", true))).isEqualTo(ResponseProblem.Kind.API_ERROR);
    assertThat(decode("{\"error\":\"false\",\"body\":{\"id\":\"8\",\"n\":1}}", true)).isEqualTo(new Item("8", 1));
    assertThat(decode("{\"error\":0,\"body\":{\"id\":\"9\",\"n\":3}}", true)).isEqualTo(new Item("9", 3));
  }

  @Test
  void anErrorsBodyIsNeverDecoded() {
    assertThatThrownBy(() -> decode("{\"error\":true,\"message\":\"Not found\",\"body\":\"x\"}", true))
        .isInstanceOfSatisfying(ResponseProblem.class, p -> {
          assertThat(p.kind).isEqualTo(ResponseProblem.Kind.API_ERROR);
          assertThat(p.pixivMessage).isEqualTo("Not found");
        });
  }

  @Test
  void malformedJsonIsReportedWithoutParserLocation() {
    assertThatThrownBy(() -> decode("{\"error\":false,\"body\":{\"id\":}}", true))
        .isInstanceOfSatisfying(ResponseProblem.class, p -> {
          assertThat(p.kind).isEqualTo(ResponseProblem.Kind.DECODE);
          assertThat(p.pixivMessage).startsWith("Unexpected character").doesNotContain("[Source");
        });
  }

  @Test
  void decodeProblemsKeepTheirCause() {
    IOException cause = new IOException("broken");
    Throwable e = mapper.map(new ResponseProblem(ResponseProblem.Kind.DECODE, "bad", "snip", cause), "GET", "/a");
    assertThat(e).isInstanceOf(PixivDecodeException.class).hasMessageContaining("could not decode the response: bad");
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void otherFailuresQuotingASecretBecomeARedactedPixivException() {
    Throwable e = mapper.map(new IllegalStateException("sent PHPSESSID=abcdef"), "GET", "/a");
    assertThat(e).isExactlyInstanceOf(PixivException.class)
        .hasMessage("GET /a: java.lang.IllegalStateException: sent PHPSESSID=<redacted>");
    IllegalStateException plain = new IllegalStateException("plain");
    assertThat(mapper.map(plain, "GET", "/a")).isSameAs(plain);
  }

  @Test
  void aRetryAfterEqualToTheMaximumPauseIsWaitedOut() {
    PixivApiException equal = mapper.classify(429, "GET", "/a", null, "", "60");
    assertThat(equal).isInstanceOfSatisfying(PixivRateLimitException.class, r -> {
      assertThat(r.exceedsMaxPause()).isFalse();
      assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(60));
    });
    assertThat(mapper.classify(429, "GET", "/a", null, "", "61"))
        .isInstanceOfSatisfying(PixivRateLimitException.class, r -> assertThat(r.exceedsMaxPause()).isTrue());
  }

  @Test
  void from500OnTheStatusWinsOverTheMessage() {
    assertThat(mapper.classify(500, "GET", "/a", "work not found", "", null)).isExactlyInstanceOf(PixivServerException.class);
    assertThat(mapper.classify(500, "GET", "/a", "please log in", "", null)).isExactlyInstanceOf(PixivServerException.class);
    assertThat(mapper.classify(499, "GET", "/a", "work not found", "", null)).isExactlyInstanceOf(PixivNotFoundException.class);
    assertThat(mapper.classify(499, "GET", "/a", "please log in", "", null)).isExactlyInstanceOf(PixivAuthException.class);
    assertThat(mapper.classify(499, "GET", "/a", "odd", "", null)).isExactlyInstanceOf(PixivApiException.class);
    assertThat(mapper.classify(503, "GET", "/a", "odd", "", null)).isExactlyInstanceOf(PixivServerException.class);
  }

  @Test
  void retryAfterSecondsAreReadWithEveryDigit() {
    assertThat(ErrorMapper.parseRetryAfter("109", Clock.systemUTC())).isEqualTo(Duration.ofSeconds(109));
    assertThat(ErrorMapper.parseRetryAfter("1234567890123456", Clock.systemUTC())).isEqualTo(ErrorMapper.MAX_RETRY_AFTER);
  }

  static List<Object> list(Object... values) {
    return java.util.Arrays.asList(values);
  }
}
