package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Dates as pixiv writes them: an eight-digit number is a {@code yyyyMMdd} date (ranking dates drift
 * from {@code "20240101"} to {@code 20240101}), never an epoch day; everything else is read as
 * Jackson reads a {@code LocalDate}, with the property's {@code @JsonFormat} pattern.
 */
final class PixivLocalDateDeserializer extends StdDeserializer<LocalDate> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final JsonDeserializer<LocalDate> standard;

  PixivLocalDateDeserializer() {
    this(LocalDateDeserializer.INSTANCE);
  }

  private PixivLocalDateDeserializer(JsonDeserializer<LocalDate> standard) {
    super(LocalDate.class);
    this.standard = standard;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
    JsonFormat.Value format = property == null ? null : property.findPropertyFormat(ctxt.getConfig(), LocalDate.class);
    if (format == null || !format.hasPattern()) {
      return this;
    }
    return new PixivLocalDateDeserializer(new LocalDateDeserializer(DateTimeFormatter.ofPattern(format.getPattern())));
  }

  @Override
  public @Nullable LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      long n = p.getLongValue();
      if (n >= 10_000_101L && n <= 99_991_231L) {
        try {
          return LocalDate.parse(Long.toString(n), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
          return (LocalDate) ctxt.handleWeirdNumberValue(LocalDate.class, n, "not a yyyyMMdd date");
        }
      }
    }
    return standard.deserialize(p, ctxt);
  }
}
