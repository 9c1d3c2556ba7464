package io.github.pixivajax.core.api;

/**
 * A parameter type whose value on the wire differs from its Java name, e.g. {@code
 * SearchOrder.POPULAR_MALE_DESC} → {@code popular_male_d}. The client writes {@link #queryValue()}
 * into queries and paths.
 */
public interface QueryValue {
  String queryValue();
}
