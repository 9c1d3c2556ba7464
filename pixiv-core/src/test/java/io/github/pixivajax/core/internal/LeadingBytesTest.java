package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bodies that begin like a byte order mark but are too short to be one. */
class LeadingBytesTest {
  private final EnvelopeConverterFactory factory = new EnvelopeConverterFactory(PixivJson.mapper(), Redactor.patternsOnly());

  record Item(String id) {}

  @Test
  void twoBytesOfAByteOrderMarkAreMalformedJsonNotACrash() {
    byte[] partial = {(byte) 0xEF, (byte) 0xBB};
    for (boolean enveloped : new boolean[] {true, false}) {
      assertThatThrownBy(() -> factory.decoder(Item.class, enveloped).decode(partial))
          .isInstanceOfSatisfying(ResponseProblem.class, p -> org.assertj.core.api.Assertions.assertThat(p.kind)
              .isEqualTo(ResponseProblem.Kind.DECODE));
    }
  }
}
