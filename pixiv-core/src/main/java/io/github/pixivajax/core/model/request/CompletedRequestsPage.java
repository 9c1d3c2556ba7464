package io.github.pixivajax.core.model.request;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of completed Requests. Both id lists resolve with {@code Feed.requests(...)}; a request's
 * {@code postWork.postWorkId} resolves with {@code Feed.artwork(...)} when pixiv sent that work.
 *
 * @param recommendRequestIds other completed requests pixiv suggests beside this page
 * @param workType {@code illust}, {@code manga} or {@code ugoira}
 * @param mode {@code all}, {@code safe} or {@code r18}
 */
public record CompletedRequestsPage(
    List<String> requestIds,
    List<String> recommendRequestIds,
    Pager pager,
    @Nullable String workType,
    @Nullable String mode) {
  public CompletedRequestsPage {
    requestIds = Copies.list(requestIds);
    recommendRequestIds = Copies.list(recommendRequestIds);
    pager = pager == null ? Pager.NONE : pager;
  }
}
