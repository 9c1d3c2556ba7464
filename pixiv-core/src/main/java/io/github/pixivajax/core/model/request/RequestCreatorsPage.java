package io.github.pixivajax.core.model.request;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of creators accepting Requests for a kind of work. pixiv sends only their ids here, with
 * an empty store: fetch profiles through the users API.
 *
 * @param followCreatorUserIds those of the creators the viewer follows
 * @param workType {@code illust}, {@code manga} or {@code ugoira}
 * @param mode {@code all}, {@code safe} or {@code r18}
 */
public record RequestCreatorsPage(
    List<String> creatorUserIds,
    List<String> followCreatorUserIds,
    Pager pager,
    @Nullable String workType,
    @Nullable String mode) {
  public RequestCreatorsPage {
    creatorUserIds = Copies.list(creatorUserIds);
    followCreatorUserIds = Copies.list(followCreatorUserIds);
    pager = pager == null ? Pager.NONE : pager;
  }
}
