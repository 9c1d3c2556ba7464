package io.github.pixivajax.core.drift;

import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.github.pixivajax.core.model.ranking.RankingPage;
import io.github.pixivajax.core.model.search.SearchPage;
import io.github.pixivajax.core.model.search.SearchResult;
import io.github.pixivajax.core.model.search.TagInfo;
import io.github.pixivajax.core.model.search.TagStories;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Drift cases for the captures of this area; see {@link CaptureCase}. */
final class SearchCaptures {
  private SearchCaptures() {}

  static List<CaptureCase> cases() {
    String filters = "_order_date_d_mode_all_s_mode_s_tag_full.json";
    return List.of(
        search("ajax/search/top/原神.json"),
        search("ajax/search/artworks/原神_word_原神_type_all" + filters),
        search("ajax/search/illustrations/原神_word_原神_type_illust_and_ugoira" + filters),
        search("ajax/search/manga/原神_word_原神_type_manga" + filters),
        CaptureCase.of("ajax/search/tags/原神.json", TagInfo.class, v -> {
          TagInfo t = (TagInfo) v;
          return t.pixpedia() == null ? List.of() : List.of(t.pixpedia().id());
        }),
        CaptureCase.of("ajax/stories/tag_stories_tag_原神.json", TagStories.class, v -> ((TagStories) v).tagStoryIds()),
        new CaptureCase("ranking_format_json_mode_weekly_content_illust_p_1.json", RankingPage.class, false,
            v -> ((RankingPage) v).contents().stream().map(RankingItem::illustId).toList()));
  }

  /** Artwork ids of every block, then novel ids. */
  private static CaptureCase search(String capture) {
    return CaptureCase.of(capture, SearchResult.class, v -> {
      SearchResult r = (SearchResult) v;
      List<String> ids = new ArrayList<>();
      Stream.of(r.illustManga(), r.illust(), r.manga())
          .filter(p -> p != null)
          .flatMap(p -> p.data().stream())
          .map(ArtworkThumbnail::id)
          .forEach(ids::add);
      Stream.concat(r.popular().recent().stream(), r.popular().permanent().stream()).map(ArtworkThumbnail::id).forEach(ids::add);
      SearchPage<NovelThumbnail> novel = r.novel();
      if (novel != null) {
        novel.data().stream().map(NovelThumbnail::id).forEach(ids::add);
      }
      return ids;
    });
  }
}
