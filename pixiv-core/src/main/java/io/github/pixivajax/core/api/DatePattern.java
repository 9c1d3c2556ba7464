package io.github.pixivajax.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a {@link java.time.LocalDate} parameter is written, as a {@link
 * java.time.format.DateTimeFormatter} pattern: {@code yyyy-MM-dd} (the default) for search's {@code
 * scd}/{@code ecd}, {@code yyyyMMdd} for ranking's {@code date}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface DatePattern {
  String value();
}
