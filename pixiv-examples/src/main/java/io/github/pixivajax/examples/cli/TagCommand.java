package io.github.pixivajax.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "tag", description = "A tag's encyclopedia entry and stories.")
final class TagCommand extends Base {
  @Command(description = "The tag's pixpedia entry, breadcrumbs and translations.")
  int info(@Parameters(paramLabel = "TAG") String tag) {
    return single(root.client().search().tagInfo(tag));
  }

  @Command(description = "The tag's story ids.")
  int stories(@Parameters(paramLabel = "TAG") String tag) {
    return single(root.client().search().tagStories(tag));
  }
}
