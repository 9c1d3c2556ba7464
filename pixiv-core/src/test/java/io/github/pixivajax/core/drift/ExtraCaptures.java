package io.github.pixivajax.core.drift;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.artwork.CommentPage;
import io.github.pixivajax.core.model.extra.BookmarkEditResult;
import io.github.pixivajax.core.model.extra.BookmarkTags;
import io.github.pixivajax.core.model.extra.FrequentTag;
import io.github.pixivajax.core.model.extra.ProfileTop;
import io.github.pixivajax.core.model.extra.ProfileWorks;
import io.github.pixivajax.core.model.extra.SeriesPage;
import io.github.pixivajax.core.model.extra.SettingsSelf;
import io.github.pixivajax.core.model.extra.TaggedWorks;
import io.github.pixivajax.core.model.extra.TouchRanking;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Drift cases for our own fixtures under {@code src/test/resources/pixiv/extra} (endpoints pixiv's
 * reference lacks, so no capture exists); {@link ExtraDriftTest} runs them. Error envelopes under
 * {@code errors/} are not decodable bodies and are left out.
 */
final class ExtraCaptures {
  static final String ROOT = "pixiv/extra/";

  private ExtraCaptures() {}

  static List<CaptureCase> cases() {
    return List.of(
        // Frames carry no ids (and drift may drop the file names): the frame count must survive.
        of("ugoira_meta.json", UgoiraMeta.class, u -> List.of(String.valueOf(u.frames().size()))),
        of("unlisted.json", IllustDetail.class, d -> List.of(d.id(), d.userId(), String.valueOf(d.other().get("unlistedId")))),
        of("comments-replies.json", CommentPage.class, c -> c.comments().stream().map(Comment::id).toList()),
        of("profile-illusts.json", ProfileWorks.class, p -> List.copyOf(p.works().keySet())),
        of("profile-top.json", ProfileTop.class, p -> concat(p.illustIds(), p.mangaIds())),
        of("illusts-tag.json", TaggedWorks.class, TaggedWorks::ids),
        // Tag names are not ids; the number of tags on each side must survive.
        of("bookmark-tags.json", BookmarkTags.class,
            t -> List.of(String.valueOf(t.publicTags().size()), String.valueOf(t.privateTags().size()))),
        CaptureCase.of(ROOT + "series.json", new TypeReference<Feed<SeriesPage>>() {}.getType(), v -> seriesIds(v)),
        of("settings-self.json", SettingsSelf.class, s -> List.of(s.userStatus().userId())),
        CaptureCase.of(ROOT + "frequent-tags.json", new TypeReference<List<FrequentTag>>() {}.getType(),
            v -> List.of(String.valueOf(((List<?>) v).size()))),
        of("touch-ranking.json", TouchRanking.class, TouchRanking::illustIds),
        of("touch-ranking-last.json", TouchRanking.class, TouchRanking::illustIds),
        of("bookmarks-delete.json", BookmarkEditResult.class, ExtraCaptures::otherKeys),
        of("bookmarks-remove.json", BookmarkEditResult.class, ExtraCaptures::otherKeys),
        of("bookmarks-edit-restrict.json", BookmarkEditResult.class, ExtraCaptures::otherKeys));
  }

  private static <T> CaptureCase of(String fixture, Class<T> type, Function<T, List<String>> ids) {
    return CaptureCase.of(ROOT + fixture, type, v -> ids.apply(type.cast(v)));
  }

  private static List<String> seriesIds(Object value) {
    Feed<?> feed = (Feed<?>) value;
    SeriesPage page = (SeriesPage) feed.page();
    List<String> ids = new ArrayList<>(page == null ? List.of() : page.workIds());
    if (page != null) {
      ids.add(page.seriesId());
      ids.addAll(page.recentUpdatedWorkIds());
    }
    feed.artworks().forEach(a -> ids.add(a.id()));
    feed.illustSeries().forEach(s -> ids.add(s.id()));
    feed.users().forEach(u -> ids.add(u.userId()));
    return ids;
  }

  /** Edit results are empty objects (or []): that they stay without keys is what drift could break. */
  private static List<String> otherKeys(BookmarkEditResult r) {
    return List.of("other:" + r.other().keySet().stream().filter(k -> !k.startsWith("zz")).toList());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
