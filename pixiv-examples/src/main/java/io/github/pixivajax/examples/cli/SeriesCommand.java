package io.github.pixivajax.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "series", description = "The works of a manga series, in order (streamed).")
final class SeriesCommand extends Base implements Callable<Integer> {
  @Parameters(paramLabel = "ID")
  long id;

  @Mixin Limit limit;

  @Override
  public Integer call() {
    return stream(root.rx().series().series(id).items(), limit.value);
  }
}
