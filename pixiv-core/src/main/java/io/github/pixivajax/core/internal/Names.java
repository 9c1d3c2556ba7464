package io.github.pixivajax.core.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * File names that are legal on Windows, macOS and Linux alike, and paths that never leave their folder
 * whatever a title or user name contains.
 */
public final class Names {
  /** Longest file name (one path segment) most file systems accept, in UTF-8 bytes. */
  public static final int MAX_SEGMENT_BYTES = 255;

  private static final Set<String> RESERVED =
      Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
          "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
          "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private Names() {}

  /** A value to put inside one segment: separators become {@code _} so it cannot add segments. */
  public static String value(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(c == '/' || c == '\\' ? '_' : c));
    return b.toString();
  }

  /**
   * One path segment, legal everywhere: reserved characters and controls become {@code _}, trailing
   * dots and spaces go, {@code .}/{@code ..}/empty become {@code _}, Windows device names get a
   * {@code _} prefix, and the result fits {@link #MAX_SEGMENT_BYTES} UTF-8 bytes (the extension kept).
   */
  public static String segment(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      boolean bad = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || "<>:\"/\\|?*".indexOf(c) >= 0
          || (c >= 0xd800 && c <= 0xdfff) || c == 0x202e || c == 0x202d;
      b.appendCodePoint(bad ? '_' : c);
    });
    String out = b.toString().strip();
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == '.' || out.charAt(end - 1) == ' ')) {
      end--;
    }
    out = out.substring(0, end);
    if (out.isEmpty()) {
      return "_";
    }
    int dot = out.indexOf('.');
    String stem = (dot < 0 ? out : out.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
    if (RESERVED.contains(stem)) {
      out = "_" + out;
    }
    return fit(out, MAX_SEGMENT_BYTES);
  }

  /** Cuts {@code s} to at most {@code max} UTF-8 bytes on a code-point boundary, keeping a short extension. */
  static String fit(String s, int max) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= max) {
      return s;
    }
    int dot = s.lastIndexOf('.');
    String ext = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
    String stem = ext.isEmpty() ? s : s.substring(0, dot);
    int budget = max - ext.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int c = stem.codePointAt(i);
      int n = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (used + n > budget) {
        break;
      }
      b.appendCodePoint(c);
      used += n;
      i += Character.charCount(c);
    }
    String cut = b.toString().strip();
    while (cut.endsWith(".")) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return (cut.isEmpty() ? "_" : cut) + ext;
  }

  /**
   * {@code relative} ({@code /}-separated, untrusted) resolved inside {@code dir}, every segment made
   * legal; empty segments are dropped, so a leading {@code /} cannot make it absolute.
   */
  public static Path inside(Path dir, String relative) {
    Path base = dir.toAbsolutePath().normalize();
    Path out = base;
    int segments = 0;
    for (String part : relative.split("[/\\\\]")) {
      if (part.isEmpty()) {
        continue;
      }
      out = out.resolve(segment(part));
      segments++;
    }
    if (segments == 0) {
      throw new IllegalArgumentException("name is empty");
    }
    Path normal = out.normalize();
    // Belt and braces: segment() already turned "..", "." and separators into harmless names.
    if (!normal.startsWith(base) || normal.equals(base)) {
      throw new IllegalArgumentException("name escapes the target folder: " + relative);
    }
    return normal;
  }
}
