package io.github.pixivajax.core.drift;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.pixivajax.core.model.WriteResult;
import io.github.pixivajax.core.model.tag.SearchSuggestion;
import io.github.pixivajax.core.model.tag.TagCandidates;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift cases for our own fixtures under {@code src/test/resources/pixiv/follow} (follow writes,
 * series watch, tag suggestions), which pixiv's reference lacks; {@link FollowDriftTest} runs them.
 * Tag names are not ids, so what must survive is how many there are, and the work ids.
 */
final class FollowCaptures {
  static final String ROOT = "pixiv/follow/";

  private FollowCaptures() {}

  static List<CaptureCase> cases() {
    return List.of(
        CaptureCase.of(ROOT + "search-suggestion.json", SearchSuggestion.class, v -> suggestionIds((SearchSuggestion) v)),
        CaptureCase.of(ROOT + "suggest-by-word.json", TagCandidates.class, v -> count(((TagCandidates) v).candidates())),
        new CaptureCase(ROOT + "cps.json", TagCandidates.class, false, v -> count(((TagCandidates) v).candidates())),
        CaptureCase.of(ROOT + "user-illusts-tags.json", new TypeReference<List<io.github.pixivajax.core.model.tag.UserTag>>() {}.getType(),
            v -> count((List<?>) v)),
        CaptureCase.of(ROOT + "user-novels-tags.json", new TypeReference<List<io.github.pixivajax.core.model.tag.UserTag>>() {}.getType(),
            v -> count((List<?>) v)),
        new CaptureCase(ROOT + "follow.json", WriteResult.class, false, DecodedAs::type),
        new CaptureCase(ROOT + "unfollow.json", WriteResult.class, false, v -> List.of(String.valueOf(((WriteResult) v).other().get("id")))),
        new CaptureCase(ROOT + "restrict-change.json", WriteResult.class, false, DecodedAs::type),
        CaptureCase.of(ROOT + "watch.json", WriteResult.class, DecodedAs::type));
  }

  private static List<String> suggestionIds(SearchSuggestion s) {
    List<String> ids = new ArrayList<>();
    for (SearchSuggestion.SuggestedTags group : List.of(s.popularTags(), s.recommendTags(), s.recommendByTags())) {
      group.illust().forEach(t -> ids.addAll(t.ids()));
      group.novel().forEach(t -> ids.addAll(t.ids()));
    }
    s.thumbnails().forEach(t -> ids.add(t.id()));
    ids.add(String.valueOf(s.myFavoriteTags().size()));
    return ids;
  }

  private static List<String> count(List<?> list) {
    return List.of(String.valueOf(list.size()));
  }
}
