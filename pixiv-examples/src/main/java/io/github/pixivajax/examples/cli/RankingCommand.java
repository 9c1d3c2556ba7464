package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.RankingContent;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.TouchRankingType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ranking", description = "A ranking, streamed 50 works a page.")
final class RankingCommand extends Base implements java.util.concurrent.Callable<Integer> {
  @Option(names = "--mode", defaultValue = "daily", description = "daily, weekly, monthly, rookie, original, male, female, daily_r18… (default: ${DEFAULT-VALUE})")
  String mode = "daily";

  @Option(names = "--content", description = "illust, manga, ugoira (default: all kinds)")
  @Nullable String content;

  @Option(names = "--date", description = "The day (yyyy-MM-dd); default the latest")
  @Nullable LocalDate date;

  @Option(names = "--touch", description = "Use pixiv's newer touch/ajax/ranking/illust (--content: all, illust, manga, ugoira).")
  boolean touch;

  @Mixin Limit limit;

  @Override
  public Integer call() {
    if (touch) {
      return stream(root.rx().ranking().touchRanking(SearchCommand.wire(RankingMode.class, mode, "--mode"),
          content == null ? null : SearchCommand.wire(TouchRankingType.class, content, "--content"), date), limit.value);
    }
    return stream(root.rx().ranking().ranking(SearchCommand.wire(RankingMode.class, mode, "--mode"),
        content == null ? null : SearchCommand.wire(RankingContent.class, content, "--content"), date), limit.value);
  }
}
