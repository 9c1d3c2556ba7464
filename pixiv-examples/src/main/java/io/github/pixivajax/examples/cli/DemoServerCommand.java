package io.github.pixivajax.examples.cli;

import io.github.pixivajax.examples.fake.FakePixiv;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo-server", description = "Run the fake pixiv on loopback until Ctrl-C (point --base-url at it).")
final class DemoServerCommand implements Callable<Integer> {
  @ParentCommand Cli root;

  @Option(names = "--port", defaultValue = "0", description = "Loopback port, 0 = any free one.")
  int port;

  @Option(names = "--max-requests", defaultValue = "0", description = "Answer 429 beyond this many requests per window (0 = never).")
  int maxRequests;

  @Option(names = "--per-seconds", defaultValue = "60", description = "The window for --max-requests, in seconds.")
  int perSeconds;

  @Option(names = "--retry-after", defaultValue = "5", description = "Retry-After sent with 429, in seconds.")
  int retryAfter;

  @Option(names = "--search-page-cap", defaultValue = "1000", description = "The last search page, as on pixiv (default: ${DEFAULT-VALUE}); a higher p answers it again.")
  int searchPageCap;

  /** Released by tests; in real use the JVM's Ctrl-C ends the wait. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    try (FakePixiv fake = FakePixiv.start(FakePixiv.Options.builder().port(port)
        .maxRequests(maxRequests).perSeconds(perSeconds).retryAfterSeconds(retryAfter).searchPageCap(searchPageCap).build())) {
      root.spec.commandLine().getOut().println("fake pixiv listening on " + fake.baseUrl()
          + " (session PHPSESSID=" + FakePixiv.DEMO_SESSION + "); Ctrl-C to stop");
      root.spec.commandLine().getOut().println("fake i.pximg.net on " + fake.imageBaseUrl() + " (use --image-base-url)");
      root.spec.commandLine().getOut().flush();
      stop.await();
    }
    return Cli.OK;
  }
}
