package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.SearchMode;
import io.github.pixivajax.core.api.SearchOrder;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.api.SearchType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", addMethodSubcommands = false, description = "Search artworks, illustrations or manga by keyword or tag.")
final class SearchCommand extends Base {
  /** Every filter of pixiv's search, named as pixiv names them. */
  static final class Filters {
    @Option(names = "--order", description = "date_d, date, popular_d, popular, popular_male_d, popular_male, popular_female_d, popular_female")
    @Nullable String order;

    @Option(names = "--mode", description = "all, safe, r18")
    @Nullable ContentMode mode;

    @Option(names = "--s-mode", description = "s_tag_full (exact tag), s_tag (partial tag), s_tc (title and caption)")
    @Nullable String sMode;

    @Option(names = "--type", description = "artworks: all; illustrations: illust_and_ugoira, illust, ugoira; manga: manga")
    @Nullable String type;

    @Option(names = "--wlt", description = "Minimum width") @Nullable Integer wlt;
    @Option(names = "--wgt", description = "Maximum width") @Nullable Integer wgt;
    @Option(names = "--hlt", description = "Minimum height") @Nullable Integer hlt;
    @Option(names = "--hgt", description = "Maximum height") @Nullable Integer hgt;
    @Option(names = "--ratio", description = "Aspect ratio: -0.5 portrait, 0 square, 0.5 landscape") @Nullable Double ratio;
    @Option(names = "--tool", description = "Production tool, e.g. Photoshop") @Nullable String tool;
    @Option(names = "--scd", description = "Posted on or after (yyyy-MM-dd)") @Nullable LocalDate scd;
    @Option(names = "--ecd", description = "Posted on or before (yyyy-MM-dd)") @Nullable LocalDate ecd;
    @Option(names = "--blt", description = "Minimum bookmarks (Premium)") @Nullable Integer blt;
    @Option(names = "--bgt", description = "Maximum bookmarks (Premium)") @Nullable Integer bgt;
    @Option(names = "--lang", description = "Language of the text in the work (manga), e.g. ja") @Nullable String lang;

    SearchQuery query(String word) {
      return SearchQuery.builder(word)
          .order(order == null ? null : wire(SearchOrder.class, order, "--order"))
          .mode(mode)
          .sMode(sMode == null ? null : wire(SearchMode.class, sMode, "--s-mode"))
          .type(type == null ? null : wire(SearchType.class, type, "--type"))
          .width(wlt, wgt)
          .height(hlt, hgt)
          .ratio(ratio)
          .tool(tool)
          .dates(scd, ecd)
          .bookmarks(blt, bgt)
          .workLang(lang)
          .build();
    }
  }

  /** {@code --all-pages}: past pixiv's page cap, by date slices. */
  static final class AllPages {
    @Option(names = "--all-pages", description = "Go past pixiv's last page (1000) by narrowing the dates; date_d or date order only.")
    boolean value;
  }

  /** pixiv's wire value (e.g. {@code date_d}) or the enum name (e.g. {@code DATE_DESC}). */
  static <E extends Enum<E> & io.github.pixivajax.core.api.QueryValue> E wire(Class<E> type, String value, String option) {
    for (E e : type.getEnumConstants()) {
      if (e.queryValue().equalsIgnoreCase(value) || e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException(option + " has no value " + value);
  }

  @Command(description = "pixiv's top results for a word (one call).")
  int top(@Parameters(paramLabel = "WORD") String word) {
    return single(root.client().search().top(word));
  }

  @Command(description = "Illustrations and manga (streamed).")
  int artworks(@Parameters(paramLabel = "WORD") String word, @Mixin Filters filters, @Mixin AllPages all, @Mixin Limit limit) {
    SearchQuery q = filters.query(word);
    return stream((all.value ? root.rx().search().slicedArtworks(q) : root.rx().search().artworks(q)), limit.value);
  }

  @Command(description = "Illustrations and ugoira (streamed).")
  int illustrations(@Parameters(paramLabel = "WORD") String word, @Mixin Filters filters, @Mixin AllPages all, @Mixin Limit limit) {
    SearchQuery q = filters.query(word);
    return stream((all.value ? root.rx().search().slicedIllustrations(q) : root.rx().search().illustrations(q)), limit.value);
  }

  @Command(description = "Manga (streamed).")
  int manga(@Parameters(paramLabel = "WORD") String word, @Mixin Filters filters, @Mixin AllPages all, @Mixin Limit limit) {
    SearchQuery q = filters.query(word);
    return stream((all.value ? root.rx().search().slicedManga(q) : root.rx().search().manga(q)), limit.value);
  }
}
