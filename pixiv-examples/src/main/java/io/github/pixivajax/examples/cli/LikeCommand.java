package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.LikeRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "like", description = "Like an artwork (needs a session).")
final class LikeCommand extends Base implements Callable<Integer> {
  @Parameters(paramLabel = "ID")
  long id;

  @Override
  public Integer call() {
    return single(root.client().artworks().like(LikeRequest.of(id)));
  }
}
