package io.github.pixivajax.examples.cli;

import io.github.pixivajax.rx.Paged;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What every command group shares: the root's client and output, and {@code --limit}. */
abstract class Base {
  @ParentCommand Cli root;

  int single(Single<?> call) {
    return root.single(call);
  }

  int stream(Flowable<?> items, long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be >= 0 but was " + limit);
    }
    return root.stream(items, limit);
  }

  /** A paginated stream: with {@code --state FILE} it continues where the last run stopped. */
  int stream(Paged<?> paged, long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be >= 0 but was " + limit);
    }
    return root.stream(paged, limit);
  }

  /** {@code --limit N} for paginated commands: how many items to stream (0 = all). */
  static final class Limit {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Items to stream, 0 = all (default: ${DEFAULT-VALUE}).")
    long value = 50;
  }
}
