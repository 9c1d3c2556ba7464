package io.github.pixivajax.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "illust", addMethodSubcommands = false, description = "An artwork: details, pages, comments, recommendations.")
final class IllustCommand extends Base {
  @Command(description = "The artwork's details.")
  int info(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().artworks().illust(id));
  }

  @Command(description = "Every page with its image URLs.")
  int pages(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().artworks().pages(id));
  }

  @Command(description = "Root comments, newest first (streamed).")
  int comments(@Parameters(paramLabel = "ID") long id, @Mixin Limit limit) {
    return stream(root.rx().artworks().comments(id), limit.value);
  }

  @Command(description = "Ugoira frames and zip URLs.")
  int ugoira(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().artworks().ugoiraMeta(id));
  }

  @Command(description = "An unlisted artwork by its alphanumeric id.")
  int unlisted(@Parameters(paramLabel = "ID") String id) {
    return single(root.client().artworks().unlisted(id));
  }

  @Command(description = "Replies to a root comment (streamed).")
  int replies(@Parameters(paramLabel = "COMMENT_ID") long commentId, @Mixin Limit limit) {
    return stream(root.rx().artworks().commentReplies(commentId), limit.value);
  }

  @Command(description = "Recommended works (streamed through nextIds).")
  int recommend(@Parameters(paramLabel = "ID") long id, @Mixin Limit limit) {
    return stream(root.rx().artworks().recommendations(id), limit.value);
  }
}
