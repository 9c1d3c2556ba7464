package io.github.pixivajax.pit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Under PIT only (the {@code pit} profile puts this folder on the test class path and turns on JUnit's
 * extension auto-detection; Surefire never loads it).
 *
 * <p>pitest-junit5-plugin lists a test class's tests by <em>running</em> the class, and a mutation
 * minion does that for every test class that covers its mutants before it runs a single mutant — then
 * throws the results away ({@code FindTestUnits} with a {@code NullExecutionListener}). That listing run
 * took most of a minion's life (31 of 35 s for a class of 40 mutants). While a mutation minion lists
 * tests, this skips their bodies: each test still starts and finishes, so it is listed the same way.
 * Test factories still run (their dynamic tests are what gets listed), and so do lifecycle methods, which
 * factories and extensions may need. The coverage minion, whose listing run is the measured one, and
 * every mutant's own test run are left alone.
 */
public final class SkipBodiesWhileListing implements InvocationInterceptor {
  private static final String LISTER = "org.pitest.junit5.JUnit5TestUnitFinder";
  private static final String MUTATION_MINION = "org.pitest.mutationtest.execute.MutationTestMinion";
  private static final StackWalker STACK = StackWalker.getInstance();
  private static volatile boolean loaded;

  static boolean listingInMutationMinion() {
    return STACK.walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
        .filter(c -> c.equals(LISTER) || c.equals(MUTATION_MINION))
        .distinct()
        .count() == 2);
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
      ExtensionContext extensionContext) throws Throwable {
    run(invocation);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
      ExtensionContext extensionContext) throws Throwable {
    run(invocation);
  }

  @Override
  public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext context,
      ExtensionContext extensionContext) throws Throwable {
    run(invocation);
  }

  private static void run(Invocation<Void> invocation) throws Throwable {
    if (listingInMutationMinion()) {
      loadCodeUnderTest();
      invocation.skip();
    } else {
      invocation.proceed();
    }
  }

  /**
   * Loads and initialises every class of the code under test, as the skipped bodies would have: PIT
   * swaps a mutant in with a redefinition, and a class that no test had initialised yet came out as
   * "not viable" for every mutant after the first. Static initialisers are those of unmutated code,
   * as before; lazily filled caches now fill during the first mutant's tests (README › Mutation testing).
   */
  private static void loadCodeUnderTest() {
    if (loaded) {
      return;
    }
    loaded = true;
    ClassLoader loader = SkipBodiesWhileListing.class.getClassLoader();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      Path root = Path.of(entry);
      if (!root.endsWith(Path.of("target", "classes")) || !Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
          String file = root.relativize(f).toString();
          String name = file.substring(0, file.length() - ".class".length()).replace(File.separatorChar, '.');
          if (!name.endsWith("module-info") && !name.endsWith("package-info")) {
            try {
              Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
              // Fails the same way in the tests that use it: nothing to prepare.
            }
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
