package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.RequestWorkFilter;
import io.github.pixivajax.core.api.RequestWorkType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "requests", addMethodSubcommands = false, description = "pixiv Requests (commissions).")
final class RequestsCommand extends Base {
  static final class Kind {
    @Option(names = "--type", defaultValue = "illust", description = "illust, manga, ugoira (in-progress also: all); default ${DEFAULT-VALUE}")
    String type = "illust";

    @Option(names = "--mode", defaultValue = "all", description = "all, safe, r18")
    ContentMode mode = ContentMode.ALL;
  }

  @Command(description = "The requests overview (one call).")
  int all() {
    return single(root.client().requests().overview());
  }

  @Command(description = "Completed requests (streamed).")
  int complete(@Mixin Kind kind, @Mixin Limit limit) {
    return stream(root.rx().requests().complete(SearchCommand.wire(RequestWorkType.class, kind.type, "--type"), kind.mode), limit.value);
  }

  @Command(description = "Creators who posted requested works (streamed).")
  int creators(@Mixin Kind kind, @Mixin Limit limit) {
    return stream(root.rx().requests().creators(SearchCommand.wire(RequestWorkType.class, kind.type, "--type"), kind.mode), limit.value);
  }

  @Command(name = "in-progress", description = "Requests in progress (streamed).")
  int inProgress(@Mixin Kind kind, @Mixin Limit limit) {
    return stream(root.rx().requests().inProgress(SearchCommand.wire(RequestWorkFilter.class, kind.type, "--type"), kind.mode), limit.value);
  }
}
