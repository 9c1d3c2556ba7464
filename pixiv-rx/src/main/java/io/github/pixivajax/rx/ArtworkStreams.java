package io.github.pixivajax.rx;

import static io.github.pixivajax.rx.Area.positive;

import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.rx.internal.Resource.Step;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import java.util.List;

/**
 * What hangs off one artwork, as streams ({@link RxPixiv#artworks()}), mirroring {@code
 * PixivClient.artworks()}. Everyone's new works are on {@link RxPixiv#feeds()}.
 */
public final class ArtworkStreams {
  static final int COMMENT_PAGE = 50;
  static final int RECOMMEND_BATCH = 18;

  private final Area area;

  ArtworkStreams(Area area) {
    this.area = area;
  }

  /**
   * The comments on an illustration, 50 a page, until pixiv's {@code hasNext} is false.
   *
   * @return a {@link Paged}
   */
  public Paged<Comment> comments(long illustId) {
    positive(illustId, "illustId");
    return area.paged("comments", Resources.byOffset(COMMENT_PAGE, (offset, limit) ->
        area.client.artworks().comments(illustId, offset, limit).map(c -> new PageOf<>(c.comments(), !c.hasNext(), null)),
        Comment::id), illustId);
  }

  /**
   * The replies to a comment, page after page, until pixiv's {@code hasNext} is false.
   *
   * @return a {@link Paged}
   */
  public Paged<Comment> commentReplies(long commentId) {
    positive(commentId, "commentId");
    return area.paged("commentReplies", Resources.byPage(
        p -> area.client.artworks().commentReplies(commentId, p).map(c -> new PageOf<>(c.comments(), !c.hasNext(), null)),
        Comment::id, null), commentId);
  }

  /**
   * Works pixiv recommends next to an illustration: the first 18, then the rest of pixiv's queue
   * of ids ({@code nextIds}) 18 at a time.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> recommendations(long illustId) {
    positive(illustId, "illustId");
    return area.paged("recommendations", Resources.byPosition("init", position -> {
      if (position.equals("init")) {
        return area.client.artworks().recommendations(illustId, RECOMMEND_BATCH).map(r -> new Step<>(r.illusts(),
            r.nextIds().isEmpty() ? null : Resources.ids(r.nextIds()), null));
      }
      List<String> queue = Resources.ids(position);
      List<String> batch = queue.subList(0, Math.min(RECOMMEND_BATCH, queue.size()));
      List<String> rest = queue.subList(batch.size(), queue.size());
      return area.client.artworks().recommendedIllusts(List.copyOf(batch)).map(r -> new Step<>(r.illusts(),
          rest.isEmpty() ? null : Resources.ids(rest), null));
    }, ArtworkThumbnail::id, false), illustId);
  }
}
