package io.github.pixivajax.core.drift;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.artwork.ArtworkPage;
import io.github.pixivajax.core.model.artwork.BookmarkAddResult;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.artwork.CommentPage;
import io.github.pixivajax.core.model.artwork.LikeResult;
import io.github.pixivajax.core.model.artwork.NewIllusts;
import io.github.pixivajax.core.model.artwork.Recommendations;
import io.github.pixivajax.core.model.misc.Notification;
import io.github.pixivajax.core.model.misc.Notifications;
import io.github.pixivajax.core.model.misc.WebPushStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Drift cases for the captures of this area (artworks and misc); see {@link CaptureCase}. */
final class ArtworkCaptures {
  private ArtworkCaptures() {}

  static List<CaptureCase> cases() {
    return List.of(
        of("ajax/illust/100412238.json", IllustDetail.class, d -> List.of(d.id(), d.userId())),
        CaptureCase.of("ajax/illust/100412238/pages.json", new TypeReference<List<ArtworkPage>>() {}.getType(),
            // Pages carry no ids (and drift may drop their URLs): the page count must survive.
            v -> List.of(String.valueOf(((List<?>) v).size()))),
        of("ajax/illusts/comments/roots_illust_id_100412238_offset_0_limit_3.json", CommentPage.class,
            c -> c.comments().stream().map(Comment::id).toList()),
        of("ajax/illust/100412238/recommend/init_limit_2.json", Recommendations.class,
            r -> concat(ids(r.illusts()), r.nextIds())),
        of("ajax/illust/new_lastId_0_limit_20_type_illust_r18_false.json", NewIllusts.class, n -> ids(n.illusts())),
        of("ajax/illusts/bookmarks/add.json", BookmarkAddResult.class, b -> List.of(b.lastBookmarkId())),
        of("ajax/illusts/like.json", LikeResult.class, l -> List.of(String.valueOf(l.liked()))),
        of("ajax/webpush.json", WebPushStatus.class, w -> List.of(String.valueOf(w.permission()))),
        of("ajax/notification.json", Notifications.class, n -> n.items().stream().map(Notification::id).toList()));
  }

  private static <T> CaptureCase of(String capture, Class<T> type, Function<T, List<String>> ids) {
    return CaptureCase.of(capture, type, v -> ids.apply(type.cast(v)));
  }

  private static List<String> ids(List<ArtworkThumbnail> works) {
    return works.stream().map(ArtworkThumbnail::id).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
