package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * pixiv's local date-times ({@code 2022-08-18 22:30}, {@code 2022-09-09T02:00:00}) parsed by hand: a
 * comment page carries dozens, and the property's {@code DateTimeFormatter} took a third of its decoding
 * time. Every other shape goes to Jackson's own deserializer, set up for the property as before (its
 * {@code @JsonFormat} pattern included).
 */
final class FastLocalDateTimeDeserializer extends StdDeserializer<LocalDateTime> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final JsonDeserializer<?> standard;

  FastLocalDateTimeDeserializer() {
    this(LocalDateTimeDeserializer.INSTANCE);
  }

  private FastLocalDateTimeDeserializer(JsonDeserializer<?> standard) {
    super(LocalDateTime.class);
    this.standard = standard;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
      throws JsonMappingException {
    JsonDeserializer<?> contextual = ((ContextualDeserializer) standard).createContextual(ctxt, property);
    return contextual == standard ? this : new FastLocalDateTimeDeserializer(contextual);
  }

  @Override
  public @Nullable LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String s = p.getText();
      LocalDateTime fast = DateTimeText.local(s, s.length(), false);
      if (fast != null) {
        return fast;
      }
    }
    return (LocalDateTime) standard.deserialize(p, ctxt);
  }
}
