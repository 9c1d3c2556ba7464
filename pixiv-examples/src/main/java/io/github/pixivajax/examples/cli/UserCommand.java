package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.WorkKind;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", addMethodSubcommands = false, description = "A user: profile, works, following, followers, bookmarks.")
final class UserCommand extends Base {
  @Command(description = "Short user information.")
  int info(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().users().user(id));
  }

  @Command(description = "Full user information.")
  int full(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().users().userFull(id));
  }

  @Command(description = "The user's works by id, pickups and series.")
  int profile(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().users().profileAll(id));
  }

  @Command(description = "The user's latest works.")
  int latest(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().users().latestWorks(id));
  }

  @Command(description = "Every work of the user with details, or those with a tag (streamed).")
  int works(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--tag", description = "Only works with this tag.") @Nullable String tag,
      @Option(names = "--kind", defaultValue = "illustmanga", description = "With --tag: illusts, manga or illustmanga (default).") String kind,
      @Mixin Limit limit) {
    if (tag == null) {
      return stream(root.rx().users().works(id), limit.value);
    }
    return stream(root.rx().users().worksByTag(id, SearchCommand.wire(WorkKind.class, kind, "--kind"), tag), limit.value);
  }

  @Command(description = "The works on the user's profile top.")
  int top(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().users().profileTop(id));
  }

  @Command(name = "bookmark-tags", description = "The user's bookmark tags with counts.")
  int bookmarkTags(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().users().bookmarkTags(id));
  }

  @Command(description = "Follow the user (needs a session).")
  int follow(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--private", description = "Follow privately.") boolean isPrivate) {
    return single(root.client().follow().follow(id, isPrivate));
  }

  @Command(description = "Stop following the user (needs a session).")
  int unfollow(@Parameters(paramLabel = "ID") long id) {
    return single(root.client().follow().unfollow(id));
  }

  @Command(description = "The tags of the user's artworks (or novels), with counts.")
  int tags(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--novels", description = "The tags of the user's novels.") boolean novels) {
    return single(novels ? root.client().tags().userNovelTags(id) : root.client().tags().userIllustTags(id));
  }

  @Command(description = "Users this user follows (streamed).")
  int following(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--hidden", description = "Private follows (own account only).") boolean hidden,
      @Mixin Limit limit) {
    return stream(root.rx().users().following(id, hidden ? Rest.HIDE : Rest.SHOW), limit.value);
  }

  @Command(description = "The user's followers (streamed).")
  int followers(@Parameters(paramLabel = "ID") long id, @Mixin Limit limit) {
    return stream(root.rx().users().followers(id), limit.value);
  }

  @Command(description = "Artworks the user bookmarked (streamed).")
  int bookmarks(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--tag", defaultValue = "", description = "Only bookmarks with this bookmark tag.") String tag,
      @Option(names = "--hidden", description = "Private bookmarks (own account only).") boolean hidden,
      @Mixin Limit limit) {
    return stream(root.rx().users().bookmarks(id, tag, hidden ? Rest.HIDE : Rest.SHOW), limit.value);
  }
}
