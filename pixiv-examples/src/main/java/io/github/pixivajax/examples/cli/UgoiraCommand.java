package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.Ugoira;
import io.github.pixivajax.core.ugoira.UgoiraConverter;
import io.github.pixivajax.core.ugoira.UgoiraFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ugoira", mixinStandardHelpOptions = true,
    description = {"Save an ugoira (animation): its zip of frames, converted to an animated GIF in pure Java",
        "or to webm, mp4, webp or apng through ffmpeg. Prints one JSON line per file written."})
final class UgoiraCommand extends Base implements Callable<Integer> {
  enum Target {
    gif, zip, webm, mp4, webp, apng
  }

  enum Size {
    original, regular
  }

  @Parameters(paramLabel = "ID", description = "The ugoira's artwork id.")
  long id;

  @Option(names = "--to", paramLabel = "FORMAT", description = "gif, zip, webm, mp4, webp or apng (default: ${DEFAULT-VALUE}).")
  Target to = Target.gif;

  @Option(names = "--out", paramLabel = "PATH",
      description = "The file to write, or a folder (existing, or ending in /) for {id}.{format} (default: ./{id}.{format}).")
  @Nullable String out;

  @Option(names = "--size", paramLabel = "SIZE", description = "original (originalSrc) or regular (src, fits 600×600) (default: ${DEFAULT-VALUE}).")
  Size size = Size.original;

  @Option(names = "--keep-zip", description = "Also keep {id}.zip and {id}.ugoira.json beside the converted file.")
  boolean keepZip;

  @Option(names = "--no-dither", description = "GIF: map colours without Floyd–Steinberg dithering (smaller, flatter).")
  boolean noDither;

  /** One file written. */
  record Saved(long id, String kind, String path, long bytes) {}

  @Override
  public Integer call() {
    if (id < 1) {
      throw new IllegalArgumentException("ID must be >= 1 but was " + id);
    }
    UgoiraConverter converter = UgoiraConverter.builder().dither(!noDither).build();
    UgoiraFormat format = to == Target.zip ? null : UgoiraFormat.of(to.name());
    if (format != null) {
      converter.requireSupported(format); // names the missing tool before any request
    }
    Path target = target(to.name().toLowerCase(Locale.ROOT));
    UgoiraMeta meta = root.clientWithImages().artworks().ugoiraMeta(id).blockingGet();
    String url = size == Size.original && meta.originalSrc() != null ? meta.originalSrc() : meta.src();
    if (url == null) {
      throw new PixivException("ugoira " + id + ": ugoira_meta has no zip URL");
    }
    Output output = root.output();
    boolean keep = format == null || keepZip;
    Path zip = format == null ? target : target.resolveSibling(id + ".zip");
    try {
      if (!keep) {
        zip = ensure(target.toAbsolutePath().getParent()).resolve("." + id + ".ugoira-" + Long.toHexString(System.nanoTime()) + ".zip");
      }
      // The download API: Referer on every hop, never the session, temp file renamed when complete, resume.
      root.client().downloads().file(url, zip);
      long zipBytes = Files.size(zip);
      if (keep) {
        Path json = target.resolveSibling(Ugoira.metadataFileName(id));
        Ugoira.writeMetadata(id, meta, json);
        output.item(new Saved(id, "zip", zip.toString(), zipBytes));
        output.item(new Saved(id, "json", json.toString(), Files.size(json)));
      }
      if (format != null) {
        converter.convert(zip, meta, format, target);
        output.item(new Saved(id, format.extension(), target.toString(), Files.size(target)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!keep) {
        try {
          Files.deleteIfExists(zip);
        } catch (IOException e) {
          // a leftover hidden temp file is harmless
        }
      }
    }
    output.end();
    return Cli.OK;
  }

  private Path target(String extension) {
    String name = id + "." + extension;
    if (out == null) {
      return Path.of(name);
    }
    Path p = Path.of(out);
    boolean folder = out.endsWith("/") || out.endsWith(java.io.File.separator) || Files.isDirectory(p);
    return folder ? p.resolve(name) : p;
  }

  private static Path ensure(Path dir) throws IOException {
    return Files.createDirectories(dir);
  }
}
