package io.github.pixivajax.core.ugoira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pixivajax.core.internal.AtomicFiles;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code {id}.ugoira.json} kept beside an ugoira's zip — what PixivUtil2's {@code .ugoira}
 * keeps: the frames' mime type and each frame's file and delay, in {@code ugoira_meta}'s own field
 * names, so the zip can be converted again later without asking pixiv.
 *
 * <pre>{@code
 * {"illustId":"44298467","mime_type":"image/jpeg","duration":1840,
 *  "src":"https://i.pximg.net/…_ugoira600x600.zip","originalSrc":"https://i.pximg.net/…_ugoira1920x1080.zip",
 *  "frames":[{"file":"000000.jpg","delay":80},…]}
 * }</pre>
 */
public final class Ugoira {
  private Ugoira() {}

  /** {@code {id}.ugoira.json}. */
  public static String metadataFileName(long illustId) {
    if (illustId < 1) {
      throw new IllegalArgumentException("illustId must be >= 1 but was " + illustId);
    }
    return illustId + ".ugoira.json";
  }

  /** Writes {@code meta} to {@code file} (temp file, then renamed into place). */
  public static void writeMetadata(long illustId, UgoiraMeta meta, Path file) {
    Objects.requireNonNull(meta, "meta == null");
    Objects.requireNonNull(file, "file == null");
    if (illustId < 1) {
      throw new IllegalArgumentException("illustId must be >= 1 but was " + illustId);
    }
    ObjectNode o = PixivJson.mapper().createObjectNode();
    o.put("illustId", String.valueOf(illustId));
    o.put("mime_type", meta.mimeType());
    o.put("duration", meta.duration().toMillis());
    o.put("src", meta.src());
    o.put("originalSrc", meta.originalSrc());
    ArrayNode frames = o.putArray("frames");
    for (UgoiraMeta.Frame f : meta.frames()) {
      frames.addObject().put("file", f.file()).put("delay", f.delay());
    }
    try {
      Path temp = AtomicFiles.tempBeside(file);
      try {
        PixivJson.mapper().writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), o);
        AtomicFiles.publish(temp, file);
      } catch (IOException | RuntimeException e) {
        AtomicFiles.discard(temp, e);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads a {@code .ugoira.json} (or a saved {@code ugoira_meta} body) back. */
  public static UgoiraMeta readMetadata(Path file) {
    Objects.requireNonNull(file, "file == null");
    try {
      byte[] bytes = Files.readAllBytes(file);
      UgoiraMeta meta = PixivJson.mapper().readValue(bytes, UgoiraMeta.class);
      if (meta == null) {
        throw new UgoiraException(file + " holds no ugoira metadata");
      }
      return meta;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UgoiraException(file + " is not ugoira metadata: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
