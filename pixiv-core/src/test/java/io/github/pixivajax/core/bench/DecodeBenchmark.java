package io.github.pixivajax.core.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.drift.CaptureCase;
import io.github.pixivajax.core.drift.Captures;
import io.github.pixivajax.core.internal.EnvelopeConverterFactory;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.internal.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Typed decoding of every seed capture (the envelope converter's decoding of the body's bytes, as
 * the client decodes them) vs {@code ObjectMapper.readTree} of the same bytes. One operation decodes all captures; the {@code
 * bytes} counter turns it into bytes per second, and {@code -prof gc}'s {@code gc.alloc.rate.norm}
 * divided by the capture count is the allocation per page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  private final List<byte[]> bodies = new ArrayList<>();
  private final List<EnvelopeConverterFactory.Decoder> decoders = new ArrayList<>();
  private final ObjectMapper mapper = PixivJson.mapper();
  private long totalBytes;

  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  @Setup
  public void load() throws Exception {
    Path seeds = Fixtures.dir().resolve("seed-examples");
    if (!Files.isDirectory(seeds)) {
      throw new IllegalStateException("pixiv captures not found at " + seeds + " (../shared/fixtures beside the repository)");
    }
    EnvelopeConverterFactory factory = new EnvelopeConverterFactory(mapper, Redactor.patternsOnly());
    for (CaptureCase c : Captures.all()) {
      byte[] body = Files.readAllBytes(seeds.resolve(c.capture()));
      bodies.add(body);
      totalBytes += body.length;
      decoders.add(factory.decoder(c.type(), c.enveloped()));
    }
    System.out.printf("%n%d captures, %d bytes in all%n", bodies.size(), totalBytes);
  }

  @Benchmark
  public void typedDecode(Bytes counter, Blackhole bh) throws Exception {
    for (int i = 0; i < bodies.size(); i++) {
      bh.consume(decoders.get(i).decode(bodies.get(i)));
    }
    counter.bytes += totalBytes;
  }

  @Benchmark
  public void readTree(Bytes counter, Blackhole bh) throws Exception {
    for (byte[] body : bodies) {
      bh.consume(mapper.readTree(body));
    }
    counter.bytes += totalBytes;
  }
}
