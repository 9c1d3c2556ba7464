package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import picocli.CommandLine.Command;

@Command(name = "me", addMethodSubcommands = false, description = "The logged-in account (needs a session).")
final class MeCommand extends Base {
  @Command(description = "Who the session is: id, name, account, premium.")
  int whoami() {
    return single(root.client().account().whoAmI());
  }

  @Command(description = "Follower counts, background and other extra data.")
  int extra() {
    return single(root.client().users().extra());
  }

  @Command(description = "Notifications.")
  int notifications() {
    return single(root.client().misc().notifications());
  }

  @Command(description = "The creator dashboard's home.")
  int dashboard() {
    return single(root.client().dashboard().home());
  }

  @Command(description = "Dashboard settings.")
  int settings() {
    return single(root.client().dashboard().settings());
  }

  @Command(name = "request-strategy", description = "The illust request strategy.")
  int requestStrategy() {
    return single(root.client().dashboard().illustRequestStrategy());
  }

  @Command(description = "Web-push status.")
  int webpush() {
    return single(root.client().misc().webpush());
  }

  @Command(description = "Followed users streaming live on pixiv Sketch.")
  int live() {
    return single(root.client().users().liveFollowing());
  }

  @Command(name = "discovery-meta", description = "Discovery's page metadata.")
  int discoveryMeta() {
    return single(root.client().discovery().artworksMeta(ContentMode.ALL));
  }
}
