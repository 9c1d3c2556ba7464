package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.SeriesKind;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "series", addMethodSubcommands = false, description = "The works of a manga series, in order (streamed); watch or unwatch a series.")
final class SeriesCommand extends Base implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  // Optional here so that `series watch ID` parses; streaming checks it is there.
  @Parameters(paramLabel = "ID", arity = "0..1")
  @Nullable Long id;

  @Mixin Limit limit;

  @Override
  public Integer call() {
    if (id == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'ID'");
    }
    return stream(root.rx().series().series(id), limit.value);
  }

  @Command(description = "Add the series to the watch list (needs a session).")
  int watch(
      @Parameters(paramLabel = "ID") long seriesId,
      @Option(names = "--novel", description = "A novel series.") boolean novel) {
    return root.single(root.client().watchList().watch(novel ? SeriesKind.NOVEL : SeriesKind.ILLUST, seriesId));
  }

  @Command(description = "Remove the series from the watch list (needs a session).")
  int unwatch(
      @Parameters(paramLabel = "ID") long seriesId,
      @Option(names = "--novel", description = "A novel series.") boolean novel) {
    return root.single(root.client().watchList().unwatch(novel ? SeriesKind.NOVEL : SeriesKind.ILLUST, seriesId));
  }
}
