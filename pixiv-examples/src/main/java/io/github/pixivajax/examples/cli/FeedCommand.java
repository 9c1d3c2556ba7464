package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "feed", description = "Feeds: top page, followed users, watch list, new works, discovery.")
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
    return stream(follow ? root.rx().followLatestLive(mode) : root.rx().followLatest(mode), follow ? 0 : limit.value);
  }

  @Command(description = "Manga series on the watch list (streamed).")
  int watchlist(@Mixin Limit limit) {
    return stream(root.rx().watchList(), limit.value);
  }

  @Command(description = "New works of My pixiv users (streamed).")
  int mypixiv(@Mixin Limit limit) {
    return stream(root.rx().mypixivLatest(), limit.value);
  }

  @Command(name = "new", description = "Everyone's new works, walking back (streamed; --follow tails it live).")
  int newWorks(
      @Option(names = "--type", description = "illust or manga (default: both)") @Nullable NewWorkType type,
      @Option(names = "--r18", description = "R-18 works instead") boolean r18,
      @Option(names = "--follow", description = "Keep polling and print new works as they appear.") boolean follow,
      @Mixin Limit limit) {
    return stream(follow ? root.rx().newArtworksLive(type, r18) : root.rx().newArtworks(type, r18), follow ? 0 : limit.value);
  }

  @Command(name = "discovery-artworks", description = "Discovery's recommended works (streamed, de-duplicated).")
  int discoveryArtworks(@Option(names = "--mode", defaultValue = "all") ContentMode mode, @Mixin Limit limit) {
    return stream(root.rx().discoveryArtworks(mode), limit.value);
  }

  @Command(name = "discovery-users", description = "Discovery's recommended users (streamed, de-duplicated).")
  int discoveryUsers(@Mixin Limit limit) {
    return stream(root.rx().discoveryUsers(), limit.value);
  }

  @Command(name = "linked-service", description = "Works from the linked service (one call).")
  int linkedService(@Option(names = "--page") @Nullable Integer page) {
    return single(root.client().feeds().tumeng(page));
  }
}
