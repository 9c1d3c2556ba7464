package io.github.pixivajax.core;

import io.github.pixivajax.core.internal.Names;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a file goes, relative to the target folder: a template with {@code {id} {page} {ext} {title}
 * {user_id} {user_name} {date} {type}} and {@code /} for sub-folders; {@link #DEFAULT} is
 * {@code {user_id}/{id}_p{page}.{ext}}.
 *
 * <p>Names are legal on every OS: reserved characters ({@code <>:"/\|?*}, controls, NUL) become
 * {@code _}, Windows device names ({@code CON}, {@code NUL}, {@code COM1}…) get a {@code _} prefix,
 * trailing dots and spaces are dropped, and every folder or file name fits 255 UTF-8 bytes. A value
 * never adds folders: {@code /} in a title becomes {@code _}, and {@code ..} or an absolute path
 * cannot leave the target folder.
 */
public final class NameTemplate {
  private static final Set<String> KEYS = Set.of("id", "page", "ext", "title", "user_id", "user_name", "date", "type");

  /** {@code {user_id}/{id}_p{page}.{ext}}. */
  public static final NameTemplate DEFAULT = parse("{user_id}/{id}_p{page}.{ext}");

  private final String template;
  private final List<String> parts; // literal, key, literal, key, ... (keys at odd indexes)

  private NameTemplate(String template, List<String> parts) {
    this.template = template;
    this.parts = parts;
  }

  /**
   * Parses a template; throws {@link IllegalArgumentException} naming the problem for unknown or
   * unclosed placeholders and blank templates.
   */
  public static NameTemplate parse(String template) {
    Objects.requireNonNull(template, "template == null");
    if (template.isBlank()) {
      throw new IllegalArgumentException("name template is blank");
    }
    if (template.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("name template contains NUL");
    }
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("name template has an unclosed '{' at index " + i + ": " + template);
        }
        String key = template.substring(i + 1, close);
        if (!KEYS.contains(key)) {
          throw new IllegalArgumentException(
              "name template has an unknown placeholder {" + key + "}; known: {id} {page} {ext} {title} {user_id} {user_name} {date} {type}");
        }
        parts.add(literal.toString());
        parts.add(key);
        literal.setLength(0);
        i = close;
      } else {
        literal.append(c);
      }
    }
    parts.add(literal.toString());
    return new NameTemplate(template, List.copyOf(parts));
  }

  /**
   * The values a template is filled with. Nulls read as empty.
   *
   * @param date the work's upload date, e.g. {@code 2024-05-01}
   * @param type {@code illust}, {@code manga} or {@code ugoira}
   */
  public record Fields(
      String id, int page, String ext, String title, String userId, String userName, String date, String type) {
    public Fields {
      id = id == null ? "" : id;
      ext = ext == null ? "" : ext;
      title = title == null ? "" : title;
      userId = userId == null ? "" : userId;
      userName = userName == null ? "" : userName;
      date = date == null ? "" : date;
      type = type == null ? "" : type;
    }

    String get(String key) {
      switch (key) {
        case "id":
          return id;
        case "page":
          return Integer.toString(page);
        case "ext":
          return ext;
        case "title":
          return title;
        case "user_id":
          return userId;
        case "user_name":
          return userName;
        case "date":
          return date;
        default:
          return type;
      }
    }
  }

  /** The file for {@code fields}, inside {@code dir} (made absolute and normalized). */
  public Path resolve(Path dir, Fields fields) {
    Objects.requireNonNull(dir, "dir == null");
    Objects.requireNonNull(fields, "fields == null");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      b.append(i % 2 == 0 ? p : Names.value(fields.get(p)));
    }
    return Names.inside(dir, b.toString());
  }

  /** The template as given. */
  @Override
  public String toString() {
    return template;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NameTemplate && ((NameTemplate) o).template.equals(template);
  }

  @Override
  public int hashCode() {
    return template.hashCode();
  }
}
