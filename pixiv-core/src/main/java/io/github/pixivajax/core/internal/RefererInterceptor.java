package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.api.Referer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;
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

  static @Nullable String fromAnnotation(Method method, List<?> args) {
    Referer annotation = method.getAnnotation(Referer.class);
    if (annotation == null) {
      return null;
    }
    String template = annotation.value();
    if (template.indexOf('{') < 0) {
      return template;
    }
    Annotation[][] params = method.getParameterAnnotations();
    StringBuilder out = new StringBuilder(template);
    for (int i = 0; i < params.length && i < args.size(); i++) {
      String name = null;
      for (Annotation a : params[i]) {
        if (a instanceof Path) {
          name = ((Path) a).value();
        } else if (a instanceof Query) {
          name = ((Query) a).value();
        }
      }
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
