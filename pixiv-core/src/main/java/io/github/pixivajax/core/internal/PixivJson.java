package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * The one {@link ObjectMapper} configuration that survives pixiv's drift: unknown fields, {@code []}
 * for empty objects and maps, numbers as strings and the reverse, nulls for primitives, {@code ""}
 * for absent objects, a UTF-8 BOM (Jackson skips it on byte input).
 */
public final class PixivJson {
  private static final ObjectMapper MAPPER = create();

  private PixivJson() {}

  /** The shared, fully configured mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new mapper with the same configuration, for callers that must customise it. */
  public static ObjectMapper create() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(driftModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addHandler(new EmptyArrayAsEmptyObject())
            .annotationIntrospector(new IgnoreUnknownIntrospector())
            .build();
    // pixiv's PHP backend writes an empty associative array as [] and sometimes an absent object as "".
    for (LogicalType t : new LogicalType[] {LogicalType.Map, LogicalType.POJO}) {
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    }
    mapper.coercionConfigFor(LogicalType.Map).setCoercion(CoercionInputShape.EmptyArray, CoercionAction.AsEmpty);
    for (LogicalType t :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual}) {
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
      mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
    }
    return mapper;
  }

  private static SimpleModule driftModule() {
    SimpleModule m = new SimpleModule("pixiv-drift");
    m.addDeserializer(Boolean.class, new LenientBooleanDeserializer(null));
    m.addDeserializer(boolean.class, new LenientBooleanDeserializer(false));
    m.addDeserializer(OffsetDateTime.class, new FastOffsetDateTimeDeserializer());
    m.addDeserializer(java.time.LocalDate.class, new PixivLocalDateDeserializer());
    m.addDeserializer(java.time.LocalDateTime.class, new FastLocalDateTimeDeserializer());
    return m;
  }

  /**
   * Every type ignores unknown properties as if annotated {@code @JsonIgnoreProperties(ignoreUnknown
   * = true)}: for records (creator-based) Jackson then skips unknown values instead of buffering them,
   * which {@code FAIL_ON_UNKNOWN_PROPERTIES} alone does not do. {@code @JsonAnySetter} still collects.
   */
  private static final class IgnoreUnknownIntrospector extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
      JsonIgnoreProperties.Value v = super.findPropertyIgnoralByName(config, a);
      return v.withIgnoreUnknown();
    }
  }

  /**
   * {@code []} where pixiv means an empty object: decode it as {@code {}}. And an object or array
   * where a string is declared: null. (A handler rather than custom deserializers, which would turn
   * off Jackson's fast paths for strings.)
   */
  private static final class EmptyArrayAsEmptyObject extends DeserializationProblemHandler {
    @Override
    public Object handleUnexpectedToken(
        DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
        throws IOException {
      if (targetType.hasRawClass(String.class) && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
        // An object or array where pixiv used to send a string: null rather than a failed response.
        p.skipChildren();
        return null;
      }
      if (t == JsonToken.START_ARRAY && !targetType.isContainerType()) {
        JsonToken next = p.nextToken();
        if (next == JsonToken.END_ARRAY) {
          try (JsonParser empty = p.getCodec().getFactory().createParser("{}")) {
            empty.nextToken();
            return ctxt.readValue(empty, targetType);
          }
        }
        // A non-empty array where an object was declared is real drift, not an empty success.
        return ctxt.reportInputMismatch(targetType,
            "a non-empty array where an object (%s) was declared", targetType.getRawClass().getSimpleName());
      }
      return DeserializationProblemHandler.NOT_HANDLED;
    }
  }
}
