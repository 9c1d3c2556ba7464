package io.github.pixivajax.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.internal.EnvelopeConverterFactory;
import io.github.pixivajax.core.internal.ErrorMapper;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.internal.Redactor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The envelope converter against truncated, mistyped and randomly mutated captures (fixed seed,
 * bounded count): every outcome is a decoded value or a {@link PixivException} — never another
 * exception type, a hang, or the client's secret in a message.
 */
class FuzzTest {
  private static final String SECRET = "fuzzSecretCookieValue42";
  private static final byte[] NOISE = "{}[]\",:0123456789-.eE tnfalsetrue\\\u00ff\u0000".getBytes(StandardCharsets.ISO_8859_1);

  private final Redactor redactor = new Redactor(() -> List.of(SECRET));
  private final EnvelopeConverterFactory converter = new EnvelopeConverterFactory(PixivJson.mapper(), redactor);
  private final ErrorMapper errors = new ErrorMapper(PixivJson.mapper(), redactor, Clock.systemUTC());

  @Test
  void mutatedCapturesDecodeOrFailWithPixivExceptionsOnly() {
    List<CaptureCase> cases = Captures.all();
    assertThat(cases).isNotEmpty();
    Fixtures.seeds();
    int[] outcomes = new int[2];
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      Random random = new Random(11);
      for (int c = 0; c < cases.size(); c++) {
        CaptureCase k = cases.get(c);
        byte[] original = Fixtures.seedBytes(k.capture());
        List<byte[]> variants = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          variants.add(java.util.Arrays.copyOf(original, random.nextInt(original.length + 1)));
        }
        for (int i = 0; i < 16; i++) {
          byte[] m = original.clone();
          for (int n = 1 + random.nextInt(6); n > 0 && m.length > 0; n--) {
            m[random.nextInt(m.length)] = random.nextBoolean()
                ? NOISE[random.nextInt(NOISE.length)] : (byte) random.nextInt(256);
          }
          variants.add(m);
        }
        String text = new String(original, StandardCharsets.UTF_8);
        // The secret where strings, numbers and whole values were: echoed back in every error path.
        variants.add(text.replaceAll("\"[^\"\\\\]{1,40}\"", "\"" + SECRET + "\"").getBytes(StandardCharsets.UTF_8));
        variants.add(text.replaceAll(":\\s*-?[0-9]+", ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        variants.add(text.replaceAll(":\\s*\"[^\"\\\\]*\"", ":[\"" + SECRET + "\", 1]").getBytes(StandardCharsets.UTF_8));
        variants.add(text.replace("\"error\":false", "\"error\":true,\"message\":\"" + SECRET + "\"")
            .getBytes(StandardCharsets.UTF_8));
        variants.add(text.replace("{", "[").getBytes(StandardCharsets.UTF_8));
        variants.add(("<html>" + SECRET + "</html>").getBytes(StandardCharsets.UTF_8));
        for (byte[] v : variants) {
          outcomes[check(k.type(), k.enveloped(), v, k.capture())]++;
        }
        // Mistyped: the capture decoded as another capture's declared type.
        CaptureCase other = cases.get((c + 1) % cases.size());
        outcomes[check(other.type(), k.enveloped(), original, k.capture() + " as " + other.type())]++;
      }
    });
    // Both outcomes really happen: the mutations are neither all harmless nor all fatal.
    assertThat(outcomes[0]).isPositive();
    assertThat(outcomes[1]).isPositive();
  }

  /** 0 when decoded, 1 when it failed as it should. */
  private int check(java.lang.reflect.Type type, boolean enveloped, byte[] body, String what) {
    try {
      Object value = converter.decoder(type, enveloped).decode(body);
      assertThat(value).as(what).isNotNull();
      return 0;
    } catch (Throwable raw) {
      Throwable mapped = errors.map(raw, "GET", "/ajax/fuzz");
      assertThat(mapped).as(what + ": " + raw).isInstanceOf(PixivException.class);
      for (Throwable t = mapped; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).as(what).doesNotContain(SECRET);
        if (t.getCause() == t) {
          break;
        }
      }
      return 1;
    }
  }
}
