package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Strings from any scalar ({@code 12} → {@code "12"}); an object or array where pixiv used to send
 * a string becomes null instead of failing the whole response.
 */
final class LenientStringDeserializer extends StdScalarDeserializer<String> {
  private static final long serialVersionUID = 1L;

  LenientStringDeserializer() {
    super(String.class);
  }

  @Override
  public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.FIELD_NAME) {
      if (t == JsonToken.FIELD_NAME) {
        // Jackson hands an object to a String deserializer positioned on its first field.
        ctxt.readTree(p);
        return null;
      }
      p.skipChildren();
      return null;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return p.getValueAsString();
  }
}
