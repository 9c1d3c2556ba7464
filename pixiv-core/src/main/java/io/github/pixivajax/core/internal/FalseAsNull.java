package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * pixiv's PHP writes {@code false} where a value is absent ({@code next} on a ranking's last page,
 * {@code illust_series} outside a series, a missing description): decode a boolean as null, anything
 * else as the property's declared type. Use with {@code @JsonDeserialize(using = FalseAsNull.class)}.
 */
public final class FalseAsNull extends StdDeserializer<Object> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  private final @Nullable JsonDeserializer<Object> delegate;

  public FalseAsNull() {
    this(null);
  }

  private FalseAsNull(@Nullable JsonDeserializer<Object> delegate) {
    super(Object.class);
    this.delegate = delegate;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
      throws JsonMappingException {
    if (property == null) {
      return this;
    }
    return new FalseAsNull(ctxt.findContextualValueDeserializer(property.getType(), property));
  }

  @Override
  public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken().isBoolean()) {
      return null;
    }
    if (delegate == null) {
      return ctxt.readValue(p, Object.class);
    }
    return delegate.deserialize(p, ctxt);
  }
}
