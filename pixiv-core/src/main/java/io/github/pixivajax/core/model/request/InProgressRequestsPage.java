package io.github.pixivajax.core.model.request;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of accepted Requests not yet delivered. Both id lists resolve with {@code
 * Feed.requests(...)}; fans and creators with {@code Feed.user(...)}.
 *
 * @param followRequestIds requests pixiv singles out as involving users the viewer follows
 * @param workType {@code all}, {@code illust}, {@code manga} or {@code ugoira}
 * @param mode {@code all}, {@code safe} or {@code r18}
 */
public record InProgressRequestsPage(
    List<String> requestIds,
    List<String> followRequestIds,
    Pager pager,
    @Nullable String workType,
    @Nullable String mode) {
  public InProgressRequestsPage {
    requestIds = Copies.list(requestIds);
    followRequestIds = Copies.list(followRequestIds);
    pager = pager == null ? Pager.NONE : pager;
  }
}
