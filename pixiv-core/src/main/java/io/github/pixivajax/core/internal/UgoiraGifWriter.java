package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.UgoiraException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Ugoira zip → animated GIF with the JDK's own GIF writer (LZW, extensions) and {@link
 * MedianCutQuantizer} (a palette per frame): frame by frame, so memory is bounded by one frame.
 */
public final class UgoiraGifWriter {
  private static final String GIF_IMAGE = "javax_imageio_gif_image_1.0";

  private final boolean dither;

  public UgoiraGifWriter(boolean dither) {
    this.dither = dither;
  }

  /** Writes the GIF to {@code out} (a plain file; the caller renames it into place). */
  public void write(Path zip, UgoiraMeta meta, Path out) throws IOException {
    int[] delays = UgoiraTiming.centiseconds(delays(meta));
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
    if (!writers.hasNext()) {
      throw new UgoiraException("this JRE has no GIF writer (javax.imageio)");
    }
    ImageWriter writer = writers.next();
    MedianCutQuantizer quantizer = new MedianCutQuantizer(dither);
    try (UgoiraFrames frames = new UgoiraFrames(zip, meta);
        ImageOutputStream ios = new FileImageOutputStream(out.toFile())) {
      writer.setOutput(ios);
      writer.prepareWriteSequence(null);
      int width = 0;
      int height = 0;
      int[] rgb = new int[0];
      for (int i = 0; i < frames.size(); i++) {
        BufferedImage img = frames.image(i);
        if (i == 0) {
          width = img.getWidth();
          height = img.getHeight();
          rgb = new int[width * height];
        } else if (img.getWidth() != width || img.getHeight() != height) {
          img = fit(img, width, height);
        }
        img.getRGB(0, 0, width, height, rgb, 0, width);
        BufferedImage indexed = quantizer.quantize(rgb, width, height);
        writer.writeToSequence(new IIOImage(indexed, null, metadata(writer, indexed, delays[i], i == 0)), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }

  /** A frame of another size, drawn at the top left of the first frame's canvas. */
  private static BufferedImage fit(BufferedImage img, int width, int height) {
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.drawImage(img, 0, 0, null);
    } finally {
      g.dispose();
    }
    return canvas;
  }

  private static IIOMetadata metadata(ImageWriter writer, BufferedImage img, int delayCs, boolean first) throws IOException {
    IIOMetadata md = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), null);
    IIOMetadataNode root = (IIOMetadataNode) md.getAsTree(GIF_IMAGE);
    IIOMetadataNode gce = child(root, "GraphicControlExtension");
    gce.setAttribute("disposalMethod", "none");
    gce.setAttribute("userInputFlag", "FALSE");
    gce.setAttribute("transparentColorFlag", "FALSE");
    gce.setAttribute("delayTime", String.valueOf(delayCs));
    gce.setAttribute("transparentColorIndex", "0");
    if (first) {
      // NETSCAPE2.0 with loop count 0: play forever.
      IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
      app.setAttribute("applicationID", "NETSCAPE");
      app.setAttribute("authenticationCode", "2.0");
      app.setUserObject(new byte[] {1, 0, 0});
      child(root, "ApplicationExtensions").appendChild(app);
    }
    md.setFromTree(GIF_IMAGE, root);
    return md;
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }

  static List<Integer> delays(UgoiraMeta meta) {
    return meta.frames().stream().map(UgoiraMeta.Frame::delay).toList();
  }
}
