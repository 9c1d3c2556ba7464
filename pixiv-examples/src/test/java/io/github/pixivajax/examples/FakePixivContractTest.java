package io.github.pixivajax.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.pixivajax.core.api.LoginRequired;
import io.github.pixivajax.core.api.QueryValue;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * The fake pixiv serves every endpoint pixiv-core declares, with the same login rule: for each
 * Retrofit method of every interface in {@code core.api}, a concrete request path (each enum path
 * parameter expanded to all its values) must reach a route of the fake with the same method, and that
 * route must require a login exactly when the method is {@link LoginRequired}.
 */
class FakePixivContractTest {
  private static FakePixiv fake;

  @BeforeAll
  static void start() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  /** A Retrofit method: HTTP method, concrete paths, whether it is login-only. */
  record Declared(String where, String method, List<String> paths, boolean loginRequired) {}

  static List<Declared> declared() {
    List<Declared> out = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.pixivajax.core.api")) {
      if (!c.isInterface() || !c.getPackageName().equals("io.github.pixivajax.core.api")) {
        continue;
      }
      Class<?> api = c.reflect();
      for (Method m : api.getMethods()) {
        if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        String[] http = http(m);
        if (http != null) {
          out.add(new Declared(api.getSimpleName() + "." + m.getName(), http[0], concrete(m, http[1]),
              m.isAnnotationPresent(LoginRequired.class)));
        }
      }
    }
    out.sort(Comparator.comparing(Declared::where));
    return out;
  }

  private static String @Nullable [] http(Method m) {
    for (Annotation a : m.getAnnotations()) {
      if (a instanceof GET) {
        return new String[] {"GET", ((GET) a).value()};
      } else if (a instanceof POST) {
        return new String[] {"POST", ((POST) a).value()};
      } else if (a instanceof PUT) {
        return new String[] {"PUT", ((PUT) a).value()};
      } else if (a instanceof DELETE) {
        return new String[] {"DELETE", ((DELETE) a).value()};
      } else if (a instanceof PATCH) {
        return new String[] {"PATCH", ((PATCH) a).value()};
      }
    }
    return null;
  }

  /** The relative URL without its query, each {@code {name}} filled: every value of an enum, else "1". */
  private static List<String> concrete(Method m, String relative) {
    int q = relative.indexOf('?');
    List<String> paths = new ArrayList<>(List.of(q < 0 ? relative : relative.substring(0, q)));
    for (Parameter p : m.getParameters()) {
      Path path = p.getAnnotation(Path.class);
      if (path == null) {
        continue;
      }
      String key = "{" + path.value() + "}";
      List<String> values = new ArrayList<>();
      if (p.getType().isEnum() && QueryValue.class.isAssignableFrom(p.getType())) {
        for (Object constant : p.getType().getEnumConstants()) {
          values.add(((QueryValue) constant).queryValue());
        }
      } else {
        values.add("1");
      }
      List<String> expanded = new ArrayList<>();
      for (String path0 : paths) {
        for (String v : values) {
          expanded.add(path0.replace(key, v));
        }
      }
      paths = expanded;
    }
    return paths;
  }

  /** The fake's route for a concrete path, as its router picks: same method, most literal segments. */
  private static FakePixiv.@Nullable Endpoint route(List<FakePixiv.Endpoint> endpoints, String method, String path) {
    String[] segments = path.split("/");
    FakePixiv.Endpoint best = null;
    int bestLiterals = -1;
    for (FakePixiv.Endpoint e : endpoints) {
      String[] parts = e.path().split("/");
      if (!e.method().equals(method) || parts.length != segments.length) {
        continue;
      }
      int literals = 0;
      boolean ok = true;
      for (int i = 0; i < parts.length && ok; i++) {
        if (parts[i].startsWith("{")) {
          continue;
        }
        ok = parts[i].equals(segments[i]);
        literals++;
      }
      if (ok && literals > bestLiterals) {
        best = e;
        bestLiterals = literals;
      }
    }
    return best;
  }

  @Test
  void everyDeclaredEndpointHasAFakeRouteWithTheSameLoginRule() {
    List<Declared> declared = declared();
    assertThat(declared).as("Retrofit methods found in core.api").hasSizeGreaterThan(60);
    List<FakePixiv.Endpoint> endpoints = fake.endpoints();
    Map<String, String> problems = new TreeMap<>();
    for (Declared d : declared) {
      for (String path : d.paths()) {
        FakePixiv.Endpoint e = route(endpoints, d.method(), path);
        String key = d.where() + " " + d.method() + " /" + path;
        if (e == null) {
          problems.put(key, "no route in the fake pixiv");
        } else if (e.loginRequired() != d.loginRequired()) {
          problems.put(key, "fake route " + e.path() + (e.loginRequired() ? " requires" : " does not require")
              + " a login, but the method is " + (d.loginRequired() ? "" : "not ") + "@LoginRequired");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void enumPathParametersAreExpandedToEveryValue() {
    Declared watch = declared().stream().filter(d -> d.where().equals("WatchListApi.watch")).findFirst().orElseThrow();
    assertThat(watch.paths()).containsExactly("ajax/illust/series/1/watch", "ajax/novel/series/1/watch");
    assertThat(watch.loginRequired()).isTrue();
  }

  @Test
  void theRouteMatcherPrefersLiteralSegmentsAsTheFakesRouterDoes() {
    FakePixiv.Endpoint extra = route(fake.endpoints(), "GET", "ajax/user/extra");
    assertThat(extra).isNotNull();
    assertThat(extra.path()).isEqualTo("ajax/user/extra");
    assertThat(route(fake.endpoints(), "GET", "ajax/user/1").path()).isEqualTo("ajax/user/{id}");
    assertThat(route(fake.endpoints(), "POST", "ajax/user/1")).isNull();
  }
}
