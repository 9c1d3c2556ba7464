package io.github.pixivajax.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Writes items as JSON lines, one JSON document, or aligned columns for people. */
final class Output {
  enum Format {
    jsonl,
    json,
    table
  }

  // Columns for people, in order of preference; the first five an item has are shown.
  private static final List<String> COLUMNS = List.of(
      "rank", "id", "illustId", "illust_id", "requestId", "userId", "user_id", "title", "illustTitle", "name",
      "userName", "user_name", "comment", "illustType", "illust_type", "pageCount", "bookmarkCount", "total",
      "createDate", "date");
  private static final int MAX_COLUMNS = 5;
  private static final int MAX_WIDTH = 40;

  // The CLI's own writer (public API only): ISO-8601 dates, records without properties as {}.
  private final ObjectMapper mapper = Mapper.INSTANCE;

  // Built once per process (a holder, so that Cli's warm-up thread can build it ahead of the first Output).
  private static final class Mapper {
    static final ObjectMapper INSTANCE = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
    // jsonl: one value per call on a generator that Output flushes itself, once per line.
    static final ObjectWriter LINES = INSTANCE.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /** Builds the shared mapper now, off the thread that will first write. */
  static void warmUp() {
    Objects.requireNonNull(Mapper.INSTANCE);
  }

  private final PrintWriter out;
  // jsonl items go through one generator on `out`, flushed after each line: no String per item.
  private @Nullable JsonGenerator lines;
  private final Format format;
  private boolean opened;
  private boolean ended;
  private List<String> columns = List.of();
  private int rows;

  Output(PrintWriter out, Format format) {
    this.out = out;
    this.format = format;
  }

  /** One item of a stream. */
  synchronized void item(Object item) {
    if (ended) {
      return;
    }
    switch (format) {
      case jsonl:
        // Straight from the record to the output: no tree or String in between (most of a long stream's
        // output cost); flushed per line, so that a pipe sees each item as it arrives.
        writeLine(item);
        break;
      case json:
        // Streamed as items arrive: nothing is held back, and Ctrl-C still leaves a valid array.
        out.print(opened ? ",\n" : "[\n");
        opened = true;
        out.print(indent(pretty(mapper.valueToTree(item))));
        out.flush();
        break;
      default:
        row(mapper.valueToTree(item));
    }
    rows++;
  }

  /** The result of a single call. */
  void single(Object value) {
    JsonNode node = mapper.valueToTree(value);
    if (format == Format.table && node.isArray()) {
      node.forEach(this::row);
    } else if (format == Format.table && node.isObject()) {
      node.fields().forEachRemaining(e -> out.println(pad(e.getKey(), 24) + "  " + cell(e.getValue(), 100)));
    } else {
      out.println(format == Format.json ? pretty(node) : write(node));
    }
    out.flush();
  }

  /** Ends a stream: the JSON format closes its array (once, whoever calls first). */
  synchronized void end() {
    if (ended) {
      return;
    }
    ended = true;
    if (format == Format.json) {
      out.println(opened ? "\n]" : "[ ]");
    }
    out.flush();
  }

  private static String indent(String json) {
    return "  " + json.replace("\n", "\n  ");
  }

  int rows() {
    return rows;
  }

  private void row(JsonNode node) {
    if (!node.isObject()) {
      out.println(cell(node, 200));
      return;
    }
    if (columns.isEmpty()) {
      List<String> cols = new ArrayList<>();
      for (String c : COLUMNS) {
        if (node.has(c) && cols.size() < MAX_COLUMNS) {
          cols.add(c);
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && cols.size() < 3; ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isValueNode() && !cols.contains(e.getKey())) {
          cols.add(e.getKey());
        }
      }
      columns = cols;
      StringBuilder header = new StringBuilder();
      for (String c : columns) {
        header.append(pad(c.toUpperCase(java.util.Locale.ROOT), width(c))).append("  ");
      }
      out.println(header.toString().stripTrailing());
    }
    StringBuilder line = new StringBuilder();
    for (String c : columns) {
      line.append(pad(cell(node.path(c), width(c)), width(c))).append("  ");
    }
    out.println(line.toString().stripTrailing());
    out.flush();
  }

  private static int width(String column) {
    switch (column) {
      case "rank":
      case "illustType":
      case "illust_type":
      case "pageCount":
        return 5;
      case "id":
      case "illustId":
      case "illust_id":
      case "userId":
      case "user_id":
      case "requestId":
      case "bookmarkCount":
      case "total":
        return 10;
      case "createDate":
      case "date":
        return 25;
      default:
        return 30;
    }
  }

  private static String cell(JsonNode value, int max) {
    String s = value.isMissingNode() || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    s = s.replaceAll("\\s+", " ");
    if (displayWidth(s) <= max) {
      return s;
    }
    // Cut by display width, not chars: 30 Japanese characters are 60 terminal columns.
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = charWidth(cp);
      if (w + cw > max - 1) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  private static String pad(String s, int width) {
    int w = displayWidth(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** East Asian wide characters take two columns in a terminal. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += charWidth(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** East Asian Wide and Fullwidth (and emoji) take two columns; combining marks none. */
  static int charWidth(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    boolean wide = cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0xa4cf)
        || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd));
    return wide ? 2 : 1;
  }

  private void writeLine(Object item) {
    try {
      if (lines == null) {
        lines = mapper.getFactory().createGenerator(out);
        lines.setPrettyPrinter(new MinimalPrettyPrinter("")); // no separator between root values: '\n' is ours
      }
      Mapper.LINES.writeValue(lines, item);
      lines.writeRaw('\n');
      lines.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String pretty(JsonNode node) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
