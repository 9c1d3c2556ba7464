package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.UgoiraException;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;

/**
 * The frames of an ugoira zip, read one at a time in {@code ugoira_meta}'s order: only the frame in
 * hand is in memory, never the animation.
 */
public final class UgoiraFrames implements Closeable {
  private final ZipFile zip;
  private final List<UgoiraMeta.Frame> frames;
  private final Path path;

  public UgoiraFrames(Path path, UgoiraMeta meta) {
    if (meta.frames().isEmpty()) {
      throw new IllegalArgumentException("meta.frames is empty");
    }
    this.path = path;
    this.frames = meta.frames();
    try {
      this.zip = new ZipFile(path.toFile());
    } catch (IOException e) {
      throw new UgoiraException("cannot open the ugoira zip " + path + ": " + e.getMessage(), e);
    }
  }

  public int size() {
    return frames.size();
  }

  public UgoiraMeta.Frame frame(int i) {
    return frames.get(i);
  }

  /** The entry of frame {@code i}; a frame the zip lacks is an {@link UgoiraException}. */
  public ZipEntry entry(int i) {
    String name = frames.get(i).file();
    ZipEntry e = zip.getEntry(name);
    if (e == null || e.isDirectory()) {
      throw new UgoiraException("frame " + i + " (" + name + ") is missing from " + path);
    }
    return e;
  }

  public InputStream open(int i) throws IOException {
    return zip.getInputStream(entry(i));
  }

  /** Decodes frame {@code i}. */
  public BufferedImage image(int i) {
    try (InputStream in = open(i)) {
      BufferedImage img = ImageIO.read(in);
      if (img == null) {
        throw new UgoiraException("frame " + i + " (" + frames.get(i).file() + ") is not an image ImageIO can read");
      }
      return img;
    } catch (IOException e) {
      throw new UgoiraException("cannot read frame " + i + " (" + frames.get(i).file() + ") of " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
