package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.api.LoginRequired;
import io.github.pixivajax.core.api.Range;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.adapter.rxjava3.RxJava3CallAdapterFactory;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Adapts every endpoint method to a cold {@link Single}: validates arguments when the method is
 * called, refuses login-only endpoints for anonymous sessions without a request, and maps every
 * failure to the public exception types. Subscribing executes the call on the subscribing thread,
 * unless that is one of RxJava's non-blocking threads ({@code computation()}, {@code single()}):
 * then on {@code io()}. Disposing cancels it.
 */
public final class PixivCallAdapterFactory extends CallAdapter.Factory {
  private final RxJava3CallAdapterFactory delegate = RxJava3CallAdapterFactory.createSynchronous();
  private final ErrorMapper errors;
  private final BooleanSupplier anonymous;

  public PixivCallAdapterFactory(ErrorMapper errors, BooleanSupplier anonymous) {
    this.errors = Objects.requireNonNull(errors, "errors == null");
    this.anonymous = Objects.requireNonNull(anonymous, "anonymous == null");
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Single.class) {
      return null;
    }
    @SuppressWarnings("unchecked")
    CallAdapter<Object, Single<?>> single =
        (CallAdapter<Object, Single<?>>) delegate.get(returnType, annotations, retrofit);
    if (single == null) {
      return null;
    }
    boolean loginRequired = false;
    for (Annotation a : annotations) {
      loginRequired |= a instanceof LoginRequired;
    }
    return new Adapter(single, loginRequired);
  }

  private final class Adapter implements CallAdapter<Object, Single<?>> {
    private final CallAdapter<Object, Single<?>> single;
    private final boolean loginRequired;

    Adapter(CallAdapter<Object, Single<?>> single, boolean loginRequired) {
      this.single = single;
      this.loginRequired = loginRequired;
    }

    @Override
    public Type responseType() {
      return single.responseType();
    }

    @Override
    public Single<?> adapt(Call<Object> call) {
      Request request = call.request();
      Invocation invocation = request.tag(Invocation.class);
      if (invocation != null) {
        checkRanges(invocation.method(), invocation.arguments());
      }
      String method = request.method();
      String path = request.url().encodedPath();
      if (loginRequired && anonymous.getAsBoolean()) {
        return Single.error(
            new PixivAuthException(method, path, "this endpoint needs a logged-in session, but the client is anonymous"));
      }
      Single<?> mapped = single.adapt(call).onErrorResumeNext(e -> Single.error(errors.map(e, method, path)));
      // The call blocks (on the rate limiter, then on the socket): never on computation() or
      // single() threads, which RxJava marks NonBlockingThread. Elsewhere it stays on the caller.
      return Single.defer(() -> NON_BLOCKING.get(Thread.currentThread().getClass())
          ? mapped.subscribeOn(Schedulers.io()) : mapped);
    }
  }

  /*
   * RxJava's marker interface lives in its internal package, which we do not compile against; the
   * thread's class is checked for it by name, once per thread class.
   */
  private static final ClassValue<Boolean> NON_BLOCKING = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Class<?> i : c.getInterfaces()) {
          if (i.getName().equals("io.reactivex.rxjava3.internal.schedulers.NonBlockingThread")) {
            return true;
          }
        }
      }
      return false;
    }
  };

  // Reflection once per method, not per call.
  private static final ClassValue<Map<Method, Bound[]>> BOUNDS = new ClassValue<>() {
    @Override
    protected Map<Method, Bound[]> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private record Bound(int index, Range range, String name) {}

  private static Bound[] bounds(Method method) {
    return BOUNDS.get(method.getDeclaringClass()).computeIfAbsent(method, m -> {
      List<Bound> out = new ArrayList<>();
      Parameter[] params = m.getParameters();
      for (int i = 0; i < params.length; i++) {
        Range range = params[i].getAnnotation(Range.class);
        if (range != null) {
          out.add(new Bound(i, range, nameOf(params[i])));
        }
      }
      return out.toArray(new Bound[0]);
    });
  }

  static void checkRanges(Method method, List<?> args) {
    for (Bound b : bounds(method)) {
      Object arg = b.index() < args.size() ? args.get(b.index()) : null;
      if (!(arg instanceof Number)) {
        continue;
      }
      Range range = b.range();
      long v = ((Number) arg).longValue();
      if (v < range.min() || v > range.max()) {
        String name = b.name();
        String bounds =
            range.max() == Long.MAX_VALUE
                ? ">= " + range.min()
                : range.min() == Long.MIN_VALUE ? "<= " + range.max() : "in [" + range.min() + ", " + range.max() + "]";
        throw new IllegalArgumentException(name + " must be " + bounds + " but was " + v);
      }
    }
  }

  private static String nameOf(Parameter p) {
    Query q = p.getAnnotation(Query.class);
    if (q != null) {
      return q.value();
    }
    Path path = p.getAnnotation(Path.class);
    return path != null ? path.value() : p.getName();
  }
}
