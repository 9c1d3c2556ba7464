package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "feed", addMethodSubcommands = false, description = "Feeds: top page, followed users, watch list, new works, discovery.")
final class FeedCommand extends Base {
  @Command(description = "The top page (one call).")
  int top(@Option(names = "--mode", defaultValue = "all") ContentMode mode) {
    return single(root.client().feeds().top(mode));
  }

  @Command(name = "follow-latest", description = "New works of followed users (streamed; --follow tails it live).")
  int followLatest(
      @Option(names = "--mode", defaultValue = "all") ContentMode mode,
      @Option(names = "--follow", description = "Keep polling and print new works as they appear.") boolean follow,
      @Mixin Limit limit) {
    return follow ? root.tail("feeds.followLatestLive", root.rx().feeds().followLatestLive(mode)) : stream(root.rx().feeds().followLatest(mode), limit.value);
  }

  @Command(name = "watch-list-manga", description = "Manga series on the watch list (streamed).")
  int watchListManga(@Mixin Limit limit) {
    return stream(root.rx().feeds().watchListManga(), limit.value);
  }

  @Command(name = "mypixiv-latest", description = "New works of My pixiv users (streamed).")
  int mypixivLatest(@Mixin Limit limit) {
    return stream(root.rx().feeds().mypixivLatest(), limit.value);
  }

  @Command(name = "new-illusts", description = "Everyone's new works, walking back (streamed; --follow tails it live).")
  int newIllusts(
      @Option(names = "--type", description = "illust or manga (default: both)") @Nullable NewWorkType type,
      @Option(names = "--r18", description = "R-18 works instead") boolean r18,
      @Option(names = "--follow", description = "Keep polling and print new works as they appear.") boolean follow,
      @Mixin Limit limit) {
    return follow ? root.tail("feeds.newIllustsLive", root.rx().feeds().newIllustsLive(type, r18)) : stream(root.rx().feeds().newIllusts(type, r18), limit.value);
  }

  @Command(name = "discovery-artworks", description = "Discovery's recommended works (streamed, de-duplicated).")
  int discoveryArtworks(@Option(names = "--mode", defaultValue = "all") ContentMode mode, @Mixin Limit limit) {
    return stream(root.rx().discovery().artworks(mode), limit.value);
  }

  @Command(name = "discovery-users", description = "Discovery's recommended users (streamed, de-duplicated).")
  int discoveryUsers(@Mixin Limit limit) {
    return stream(root.rx().discovery().users(), limit.value);
  }

  @Command(description = "Works shared on the linked service, Tumeng (streamed).")
  int tumeng(@Mixin Limit limit) {
    return stream(root.rx().feeds().tumeng(), limit.value);
  }
}
