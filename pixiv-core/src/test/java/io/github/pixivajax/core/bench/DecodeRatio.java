package io.github.pixivajax.core.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.drift.CaptureCase;
import io.github.pixivajax.core.drift.Captures;
import io.github.pixivajax.core.internal.EnvelopeConverterFactory;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.internal.Redactor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link DecodeBenchmark}'s comparison on a shared, loaded machine: JMH runs the two benchmarks one
 * after the other, so a change in load between them shows up as a change in their ratio. This
 * alternates one pass of typed decoding and one of {@code readTree} over every capture, many times
 * after a warm-up, and compares the thread's CPU time for each, which other processes barely
 * touch. Run: {@code java -cp <pixiv-core test classpath> io.github.pixivajax.core.bench.DecodeRatio [rounds]}.
 */
public final class DecodeRatio {
  private DecodeRatio() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    ObjectMapper mapper = PixivJson.mapper();
    EnvelopeConverterFactory factory = new EnvelopeConverterFactory(mapper, Redactor.patternsOnly());
    Path seeds = Fixtures.dir().resolve("seed-examples");
    List<byte[]> bodies = new ArrayList<>();
    List<EnvelopeConverterFactory.Decoder> decoders = new ArrayList<>();
    for (CaptureCase c : Captures.all()) {
      bodies.add(Files.readAllBytes(seeds.resolve(c.capture())));
      decoders.add(factory.decoder(c.type(), c.enveloped()));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int w = 0; w < 60; w++) {
      for (int i = 0; i < bodies.size(); i++) {
        sink += System.identityHashCode(decoders.get(i).decode(bodies.get(i)));
        sink += System.identityHashCode(mapper.readTree(bodies.get(i)));
      }
    }
    double[] ratios = new double[rounds];
    long typedNanos = 0;
    long treeNanos = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < bodies.size(); i++) {
        sink += System.identityHashCode(decoders.get(i).decode(bodies.get(i)));
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < bodies.size(); i++) {
        sink += System.identityHashCode(mapper.readTree(bodies.get(i)));
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      typedNanos += t1 - t0;
      treeNanos += t2 - t1;
      ratios[r] = (double) (t2 - t1) / (t1 - t0);
    }
    Arrays.sort(ratios);
    System.out.printf(
        "typed decode / readTree speed (CPU time, %d alternating passes over %d captures): median %.3f×"
            + " (quartiles %.3f–%.3f), overall %.3f×; typed %.2f ms, readTree %.2f ms per pass [%d]%n",
        rounds, bodies.size(), ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4],
        (double) treeNanos / typedNanos, typedNanos / 1e6 / rounds, treeNanos / 1e6 / rounds, sink & 1);
  }
}
