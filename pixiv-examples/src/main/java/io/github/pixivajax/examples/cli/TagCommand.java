package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.TagContentType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", addMethodSubcommands = false, description = "A tag's encyclopedia entry and stories; tag suggestions.")
final class TagCommand extends Base {
  @Command(description = "The tag's pixpedia entry, breadcrumbs and translations.")
  int info(@Parameters(paramLabel = "TAG") String tag) {
    return single(root.client().search().tagInfo(tag));
  }

  @Command(description = "The tag's story ids.")
  int stories(@Parameters(paramLabel = "TAG") String tag) {
    return single(root.client().search().tagStories(tag));
  }

  @Command(description = "Tags starting with or translating WORD, with how many works carry each.")
  int suggest(
      @Parameters(paramLabel = "WORD") String word,
      @Option(names = "--novel", description = "Count novels instead of artworks.") boolean novel) {
    return single(root.client().tags().suggestByWord(word, novel ? TagContentType.NOVEL : TagContentType.ILLUST));
  }

  @Command(description = "What pixiv suggests under an empty search box: popular and recommended tags.")
  int suggestions(@Option(names = "--r18", description = "R-18 suggestions (needs a session).") boolean r18) {
    return single(root.client().tags().searchSuggestion(r18 ? ContentMode.R18 : ContentMode.ALL));
  }
}
