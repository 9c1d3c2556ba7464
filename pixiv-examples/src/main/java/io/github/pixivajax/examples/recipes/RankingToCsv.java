package io.github.pixivajax.examples.recipes;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.github.pixivajax.rx.RxPixiv;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Today's daily ranking as CSV: every page streamed through {@code ranking().ranking(...)}, written to
 * a temporary file and renamed when complete, so a half-written CSV never carries the final name.
 *
 * <p>{@code RankingToCsv [baseUrl|-] [limit] [out.csv]}: the top {@code limit} (default 100).
 */
public final class RankingToCsv {
  public static void main(String[] args) throws IOException {
    try (Target target = Target.open(args); PixivClient client = target.client().build()) {
      Path out = Path.of(target.arg(2, "ranking.csv")).toAbsolutePath();
      Path partial = Files.createTempFile(out.getParent(), out.getFileName().toString(), ".part");
      try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        w.write("rank,id,title,user,tags\n");
        for (RankingItem item : RxPixiv.create(client).ranking().ranking(RankingMode.DAILY, null, null)
            .items().take(target.limit(100)).blockingIterable()) {
          w.write(item.rank() + "," + item.illustId() + "," + csv(item.title()) + ","
              + csv(item.userName() == null ? "" : item.userName()) + "," + csv(String.join(" ", item.tags())) + "\n");
        }
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.println("wrote " + out);
    }
  }

  /** RFC 4180: quote every field that could break the row. */
  private static String csv(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  private RankingToCsv() {}
}
