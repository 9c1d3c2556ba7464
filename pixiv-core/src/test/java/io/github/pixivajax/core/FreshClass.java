package io.github.pixivajax.core;

import java.io.IOException;
import java.io.InputStream;

/** Test helper: a class defined anew by a class loader of its own, for code that caches per class. */
public final class FreshClass {
  private FreshClass() {}

  /**
   * {@code type}'s bytes defined again: a new class to any per-class or per-method cache (annotations
   * read, threads recognised), which then sees it for the first time. Other classes come from the parent.
   */
  public static Class<?> of(Class<?> type) {
    ClassLoader parent = type.getClassLoader();
    ClassLoader loader = new ClassLoader(parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(type.getName())) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> c = findLoadedClass(name);
          if (c == null) {
            try (InputStream in = parent.getResourceAsStream(name.replace('.', '/') + ".class")) {
              byte[] bytes = in.readAllBytes();
              c = defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
              throw new ClassNotFoundException(name, e);
            }
          }
          return c;
        }
      }
    };
    try {
      return Class.forName(type.getName(), false, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
