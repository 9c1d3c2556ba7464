package io.github.pixivajax.rx.internal;

import io.github.pixivajax.core.api.QueryValue;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.rx.Paged;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A stream's arguments as strings, so that a cursor can call the stream's method again. The method
 * itself is the stream's declaration: its name names the stream, its parameters name the cursor's
 * parameters. A stream method must not be overloaded.
 */
public final class Args {
  private Args() {}

  private static final ClassValue<Map<String, Method>> STREAMS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> byName = new TreeMap<>();
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == type && m.getReturnType() == Paged.class
            && byName.put(m.getName(), m) != null) {
          throw new IllegalStateException(type.getSimpleName() + "." + m.getName() + " is overloaded");
        }
      }
      return Map.copyOf(byName);
    }
  };

  /** The public paged-stream methods of {@code area}, by name. */
  public static Map<String, Method> streams(Class<?> area) {
    return STREAMS.get(area);
  }

  /** The stream method {@code name} of {@code area}, or an {@link IllegalArgumentException}. */
  public static Method stream(Class<?> area, String name) {
    Method m = STREAMS.get(area).get(name);
    if (m == null) {
      throw new IllegalArgumentException("cursor names an unknown stream: " + area.getSimpleName() + "." + name);
    }
    return m;
  }

  /** {@code args}, in {@code method}'s parameter order, as cursor parameters (nulls are left out). */
  public static Map<String, String> encode(Method method, Object... args) {
    Parameter[] params = method.getParameters();
    if (params.length != args.length) {
      throw new IllegalStateException(method.getName() + " passes " + args.length + " of its " + params.length + " arguments");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = params[i].getName();
      Object v = args[i];
      if (v instanceof SearchQuery q) {
        Params.search(q).forEach((k, s) -> out.put(name + "." + k, s));
      } else if (v instanceof QueryValue q) {
        out.put(name, q.queryValue());
      } else if (v != null) {
        out.put(name, v.toString());
      }
    }
    return out;
  }

  /**
   * The arguments {@link #encode} turned into {@code params}.
   *
   * @throws IllegalArgumentException if one is missing or malformed
   */
  public static Object[] decode(Method method, Map<String, String> params) {
    List<@Nullable Object> out = new ArrayList<>();
    for (Parameter p : method.getParameters()) {
      out.add(decode(p.getType(), p.getName(), params));
    }
    return out.toArray();
  }

  private static @Nullable Object decode(Class<?> type, String name, Map<String, String> params) {
    if (type == SearchQuery.class) {
      Map<String, String> sub = new LinkedHashMap<>();
      params.forEach((k, v) -> {
        if (k.startsWith(name + ".")) {
          sub.put(k.substring(name.length() + 1), v);
        }
      });
      return Params.search(sub);
    }
    String v = params.get(name);
    if (v == null) {
      if (type.isPrimitive()) {
        throw new IllegalArgumentException("cursor lacks parameter " + name);
      }
      return null;
    }
    try {
      if (type == long.class || type == Long.class) {
        return Long.parseLong(v);
      }
      if (type == int.class || type == Integer.class) {
        return Integer.parseInt(v);
      }
      if (type == boolean.class || type == Boolean.class) {
        if (!v.equals("true") && !v.equals("false")) {
          throw new IllegalArgumentException("cursor parameter " + name + " is not a boolean: " + v);
        }
        return Boolean.parseBoolean(v);
      }
      if (type == LocalDate.class) {
        return LocalDate.parse(v);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor parameter " + name + " is malformed: " + v, e);
    }
    if (type == String.class) {
      return v;
    }
    if (type.isEnum() && QueryValue.class.isAssignableFrom(type)) {
      for (Object e : type.getEnumConstants()) {
        if (((QueryValue) e).queryValue().equals(v)) {
          return e;
        }
      }
      throw new IllegalArgumentException("cursor parameter " + name + " has unknown value " + v);
    }
    throw new IllegalStateException("stream parameter " + name + " has an unsupported type " + type.getName());
  }
}
