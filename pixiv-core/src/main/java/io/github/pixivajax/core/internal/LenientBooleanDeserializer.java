package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** pixiv sends booleans as {@code true}, {@code 1}, {@code "1"}, {@code "true"} or {@code ""}. */
final class LenientBooleanDeserializer extends StdDeserializer<Boolean> {
  private static final long serialVersionUID = 1L;

  private final @Nullable Boolean nullValue;

  LenientBooleanDeserializer(@Nullable Boolean nullValue) {
    super(Boolean.class);
    this.nullValue = nullValue;
  }

  @Override
  public @Nullable Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    switch (p.currentToken()) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue() != 0;
      case VALUE_STRING:
        String s = p.getText().trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("null")) {
          return nullValue;
        }
        return !s.matches("0*(\\.0*)?|false|no|off");
      case START_ARRAY:
      case START_OBJECT:
        // [] and {} stand for "nothing"; a populated structure means something is there.
        return ctxt.readTree(p).size() > 0;
      default:
        return nullValue;
    }
  }

  @Override
  public @Nullable Boolean getNullValue(DeserializationContext ctxt) {
    return nullValue;
  }
}
