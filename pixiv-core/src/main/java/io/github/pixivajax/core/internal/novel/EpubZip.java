package io.github.pixivajax.core.internal.novel;

import io.github.pixivajax.core.internal.AtomicFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: {@code mimetype} first and stored (uncompressed, no extra field), as EPUB
 * readers sniff it at a fixed offset; every other entry deflated.
 */
public final class EpubZip {
  private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
  // A fixed time keeps books byte-identical across runs of the same input.
  private static final long ENTRY_TIME = 1_577_836_800_000L; // 2020-01-01T00:00:00Z

  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  public EpubZip add(String name, byte[] data) {
    if (name.equals("mimetype") || entries.containsKey(name)) {
      throw new IllegalArgumentException("duplicate EPUB entry " + name);
    }
    entries.put(name, data);
    return this;
  }

  public EpubZip add(String name, String text) {
    return add(name, text.getBytes(StandardCharsets.UTF_8));
  }

  public void writeTo(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    ZipEntry mimetype = new ZipEntry("mimetype");
    mimetype.setMethod(ZipEntry.STORED);
    mimetype.setSize(MIMETYPE.length);
    mimetype.setCompressedSize(MIMETYPE.length);
    CRC32 crc = new CRC32();
    crc.update(MIMETYPE);
    mimetype.setCrc(crc.getValue());
    mimetype.setTime(ENTRY_TIME);
    zip.putNextEntry(mimetype);
    zip.write(MIMETYPE);
    zip.closeEntry();
    zip.setMethod(ZipOutputStream.DEFLATED);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ZipEntry entry = new ZipEntry(e.getKey());
      entry.setTime(ENTRY_TIME);
      zip.putNextEntry(entry);
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish();
  }

  /** Writes to a temporary file beside {@code target}, then renames it over {@code target}. */
  public void writeTo(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    // Not createTempFile: its owner-only permissions would stick to the final file.
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        writeTo(out);
      }
      AtomicFiles.publish(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
