package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.api.Referer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;
import retrofit2.http.Field;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Sets the {@code Referer} pixiv's own pages would send: the endpoint's {@link Referer} template for
 * API calls, pixiv's origin for other pixiv requests and for images on {@code i.pximg.net} (which
 * refuse requests without it). Other hosts get none; an explicit Referer is left alone.
 */
public final class RefererInterceptor implements Interceptor {
  private static final HttpUrl SEGMENT = HttpUrl.get("https://www.pixiv.net/");

  private final HttpUrl pixivBase;

  public RefererInterceptor(HttpUrl pixivBase) {
    this.pixivBase = Objects.requireNonNull(pixivBase, "pixivBase == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("Referer") != null) {
      return chain.proceed(request);
    }
    String referer = null;
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null) {
      referer = fromAnnotation(invocation.method(), invocation.arguments());
    }
    if (referer == null && (Origins.same(request.url(), pixivBase) || Origins.isPximg(request.url()))) {
      referer = Referer.PIXIV;
    }
    if (referer == null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("Referer", referer).build());
  }

  /** A method's Referer template and the names its parameters bind, found once per method. */
  private record Template(@Nullable String value, @Nullable String[] names) {}

  private static final Template NONE = new Template(null, new String[0]);
  private static final ConcurrentHashMap<Method, Template> TEMPLATES = new ConcurrentHashMap<>();

  private static Template template(Method method) {
    return TEMPLATES.computeIfAbsent(method, m -> {
      Referer annotation = m.getAnnotation(Referer.class);
      if (annotation == null) {
        return NONE;
      }
      Annotation[][] params = m.getParameterAnnotations();
      @Nullable String[] names = new String[params.length];
      for (int i = 0; i < params.length; i++) {
        for (Annotation a : params[i]) {
          if (a instanceof Path) {
            names[i] = ((Path) a).value();
          } else if (a instanceof Query) {
            names[i] = ((Query) a).value();
          } else if (a instanceof Field) {
            names[i] = ((Field) a).value();
          }
        }
      }
      return new Template(annotation.value(), names);
    });
  }

  static @Nullable String fromAnnotation(Method method, List<?> args) {
    Template t = template(method);
    String template = t.value();
    if (template == null || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template);
    for (int i = 0; i < t.names().length && i < args.size(); i++) {
      String name = t.names()[i];
      Object arg = args.get(i);
      if (name == null || arg == null) {
        continue;
      }
      String key = "{" + name + "}";
      int at = out.indexOf(key);
      if (at >= 0) {
        String value = SEGMENT.newBuilder().addPathSegment(String.valueOf(arg)).build().encodedPath().substring(1);
        out.replace(at, at + key.length(), value);
      }
    }
    return out.toString();
  }
}
