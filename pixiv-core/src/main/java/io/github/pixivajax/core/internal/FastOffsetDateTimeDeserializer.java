package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * pixiv's timestamps ({@code 2022-08-11T14:46:14+00:00}, {@code …+09:00}, {@code …Z}) parsed by hand:
 * a feed page carries hundreds, and {@code DateTimeFormatter} costs microseconds each. Anything else
 * falls back to ISO parsing; epoch seconds (or milliseconds), as numbers or strings, are accepted;
 * blanks are null.
 */
final class FastOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  FastOffsetDateTimeDeserializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public @Nullable OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return epoch(p.getLongValue());
    }
    if (t != JsonToken.VALUE_STRING) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
      return null;
    }
    String s = p.getText().trim();
    if (s.isEmpty()) {
      return null;
    }
    OffsetDateTime fast = parse(s);
    if (fast != null) {
      return fast;
    }
    if (s.length() <= 18 && s.chars().allMatch(Character::isDigit)) {
      return epoch(Long.parseLong(s));
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, s, "not an ISO offset date-time");
    }
  }

  /** Epoch seconds, or milliseconds when too large to be seconds of this era. */
  private static OffsetDateTime epoch(long value) {
    Instant at = value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** {@code yyyy-MM-ddTHH:mm:ss} then {@code Z}, {@code ±hh:mm} or {@code ±hhmm}; null for other shapes. */
  static @Nullable OffsetDateTime parse(String s) {
    int n = s.length();
    if (n < 20) {
      return null;
    }
    int i = DateTimeText.endOfSecondsAndFraction(s);
    LocalDateTime local = DateTimeText.local(s, i, true);
    if (local == null) {
      return null;
    }
    ZoneOffset offset;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      int sign = s.charAt(i) == '-' ? -1 : 1;
      int oh = DateTimeText.digits(s, i + 1, 2);
      int om;
      if (n - i == 6 && s.charAt(i + 3) == ':') {
        om = DateTimeText.digits(s, i + 4, 2);
      } else if (n - i == 5) {
        om = DateTimeText.digits(s, i + 3, 2);
      } else {
        return null;
      }
      if ((oh | om) < 0) {
        return null;
      }
      offset = offset(sign * (oh * 60 + om));
      if (offset == null) {
        return null;
      }
    } else {
      return null;
    }
    return OffsetDateTime.of(local, offset);
  }

  // pixiv uses a handful of offsets; ZoneOffset's own cache is a ConcurrentHashMap lookup per call.
  private static final ZoneOffset[] OFFSETS = new ZoneOffset[18 * 60 * 2 + 1];

  private static @Nullable ZoneOffset offset(int totalMinutes) {
    if (totalMinutes < -18 * 60 || totalMinutes > 18 * 60) {
      return null;
    }
    int i = totalMinutes + 18 * 60;
    ZoneOffset o = OFFSETS[i];
    if (o == null) {
      o = ZoneOffset.ofTotalSeconds(totalMinutes * 60);
      OFFSETS[i] = o;
    }
    return o;
  }
}
