package io.github.pixivajax.core.internal;

import java.util.Objects;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OkHttp's HTTP log, sent to SLF4J logger {@code io.github.pixivajax.http} at DEBUG with every
 * secret removed (headers are also masked by name; bodies such as pixiv's HTML carry the token).
 */
public final class RedactingHttpLogger implements HttpLoggingInterceptor.Logger {
  static final Logger LOG = LoggerFactory.getLogger("io.github.pixivajax.http");

  private final Redactor redactor;

  public RedactingHttpLogger(Redactor redactor) {
    this.redactor = Objects.requireNonNull(redactor, "redactor == null");
  }

  @Override
  public void log(String message) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(redactor.redact(message));
    }
  }

  public static HttpLoggingInterceptor interceptor(Redactor redactor, HttpLoggingInterceptor.Level level) {
    HttpLoggingInterceptor i = new HttpLoggingInterceptor(new RedactingHttpLogger(redactor));
    i.setLevel(level);
    i.redactHeader("Cookie");
    i.redactHeader("Set-Cookie");
    i.redactHeader("x-csrf-token");
    return i;
  }
}
