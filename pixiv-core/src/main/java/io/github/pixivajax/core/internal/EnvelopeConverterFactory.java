package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.pixivajax.core.api.DatePattern;
import io.github.pixivajax.core.api.NoEnvelope;
import io.github.pixivajax.core.api.QueryValue;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Unwraps pixiv's {@code {"error","message","body"}} envelope into the declared type, once, for
 * every endpoint. {@code error: true} becomes pixiv's API error whatever the HTTP status; an HTML page
 * becomes a typed failure. Methods marked {@link NoEnvelope} decode the whole document, unless it
 * starts with {@code {"error": true}}: pixiv's error, as for enveloped endpoints.
 */
public final class EnvelopeConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final ObjectMapper mapper;
  private final Redactor redactor;

  public EnvelopeConverterFactory(ObjectMapper mapper, Redactor redactor) {
    this.mapper = Objects.requireNonNull(mapper, "mapper == null");
    this.redactor = Objects.requireNonNull(redactor, "redactor == null");
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    ObjectReader reader = mapper.readerFor(javaType);
    boolean enveloped = true;
    for (Annotation a : annotations) {
      if (a instanceof NoEnvelope) {
        enveloped = false;
      }
    }
    boolean wrapped = enveloped;
    return body -> {
      try (body) {
        // The first bytes tell HTML from JSON and make the snippet of any error; the rest is parsed
        // as it arrives, so a page is never held twice (bytes, then records).
        okio.BufferedSource source = body.source();
        source.request(HEAD_BYTES);
        byte[] head = source.buffer().snapshot((int) Math.min(source.buffer().size(), HEAD_BYTES)).toByteArray();
        return decode(head, () -> mapper.getFactory().createParser(source.inputStream()), reader, javaType, wrapped);
      }
    };
  }

  /** What the response converter does once the body's bytes are read: for benchmarks and tools. */
  public Decoder decoder(Type type, boolean enveloped) {
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    ObjectReader reader = mapper.readerFor(javaType);
    return bytes -> decode(bytes, reader, javaType, enveloped);
  }

  /** Decodes one response body. */
  @FunctionalInterface
  public interface Decoder {
    Object decode(byte[] body) throws IOException;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    var writer = mapper.writerFor(mapper.getTypeFactory().constructType(type));
    return value -> RequestBody.create(JSON, writer.writeValueAsBytes(value));
  }

  @Override
  public @Nullable Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type instanceof Class && QueryValue.class.isAssignableFrom((Class<?>) type)) {
      return value -> ((QueryValue) value).queryValue();
    }
    if (type == LocalDate.class) {
      String pattern = "yyyy-MM-dd";
      for (Annotation a : annotations) {
        if (a instanceof DatePattern) {
          pattern = ((DatePattern) a).value();
        }
      }
      DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      return value -> f.format((LocalDate) value);
    }
    return null;
  }

  Object decode(byte[] bytes, ObjectReader reader, JavaType type, boolean enveloped) throws IOException {
    return decode(bytes, () -> mapper.getFactory().createParser(bytes), reader, type, enveloped);
  }

  /** Opens the parser over the whole body, of which {@code bytes} is the start. */
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private static final int HEAD_BYTES = 4096;

  private Object decode(byte[] bytes, ParserSource whole, ObjectReader reader, JavaType type, boolean enveloped)
      throws IOException {
    int start = firstSignificant(bytes);
    if (start < bytes.length && bytes[start] == '<') {
      throw new ResponseProblem(ResponseProblem.Kind.HTML, null, snippet(bytes), null);
    }
    try (JsonParser p = whole.open()) {
      // Documents outside the envelope (pixiv's PHP endpoints) still report failures as one.
      boolean wrapped = enveloped || startsWithErrorTrue(bytes, start);
      Object value = wrapped ? unwrap(p, reader) : readWhole(p, reader);
      return value != null ? value : empty(type);
    } catch (ResponseProblem e) {
      throw e;
    } catch (JsonProcessingException | RuntimeException e) {
      throw new ResponseProblem(
          ResponseProblem.Kind.DECODE, reason(e), snippet(bytes), e);
    }
  }

  private static @Nullable Object readWhole(JsonParser p, ObjectReader reader) throws IOException {
    if (p.nextToken() == null) {
      return null;
    }
    return reader.readValue(p);
  }

  private @Nullable Object unwrap(JsonParser p, ObjectReader reader) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonParseProblem("expected a JSON object envelope");
    }
    Boolean error = null;
    String message = null;
    Object value = null;
    TokenBuffer early = null;
    boolean sawEnvelope = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "error":
          sawEnvelope = true;
          error = t == JsonToken.VALUE_TRUE
              || (t == JsonToken.VALUE_NUMBER_INT && p.getIntValue() != 0)
              || (t == JsonToken.VALUE_STRING && p.getText().equalsIgnoreCase("true"));
          break;
        case "message":
          message = t == JsonToken.VALUE_NULL || t.isStructStart() ? null : p.getValueAsString();
          p.skipChildren();
          break;
        case "body":
          sawEnvelope = true;
          if (Boolean.FALSE.equals(error)) {
            value = t == JsonToken.VALUE_NULL ? null : reader.readValue(p);
          } else {
            // "error" not seen yet: keep the body until we know whether it is an error.
            early = new TokenBuffer(p);
            early.copyCurrentStructure(p);
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (!sawEnvelope) {
      throw new JsonParseProblem("no \"error\" or \"body\" field: not a pixiv envelope");
    }
    if (Boolean.TRUE.equals(error)) {
      throw new ResponseProblem(
          ResponseProblem.Kind.API_ERROR, message == null || message.isBlank() ? null : message, "", null);
    }
    if (early != null) {
      try (JsonParser bp = early.asParser(p.getCodec())) {
        JsonToken first = bp.nextToken();
        value = first == JsonToken.VALUE_NULL ? null : reader.readValue(bp);
      }
    }
    return value;
  }

  /** A body of {@code null}, or none at all: the declared type's empty form, never null. */
  private Object empty(JavaType type) throws IOException {
    if (type.isContainerType() && !type.isMapLikeType()) {
      return mapper.readerFor(type).readValue("[]");
    }
    return mapper.readerFor(type).readValue("{}");
  }

  private String snippet(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    return redactor.snippet(new String(bytes, 0, n, StandardCharsets.UTF_8));
  }

  private static String reason(Exception e) {
    if (e instanceof JsonProcessingException) {
      return ((JsonProcessingException) e).getOriginalMessage();
    }
    return String.valueOf(e.getMessage());
  }

  private static final Pattern ERROR_TRUE = Pattern.compile("\\{\\s*\"error\"\\s*:\\s*true");

  private static boolean startsWithErrorTrue(byte[] b, int start) {
    if (start >= b.length || b[start] != '{') {
      return false;
    }
    int n = Math.min(b.length - start, 64);
    return ERROR_TRUE.matcher(new String(b, start, n, StandardCharsets.UTF_8)).lookingAt();
  }

  private static int firstSignificant(byte[] b) {
    int i = 0;
    if (b.length > 2 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static final class JsonParseProblem extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseProblem(String msg) {
      super(msg);
    }
  }
}
