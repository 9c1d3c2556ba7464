package io.github.pixivajax.core.model.request;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;

/**
 * The Requests top page. Request ids resolve with {@code Feed.requests(...)}, user ids with {@code
 * Feed.users(...)}, illustration ids with {@code Feed.artworks(...)}; the works delivered for novel
 * requests are in {@code Feed.novel(...)}.
 *
 * @param creatorUserIds creators currently accepting requests
 * @param userList some of those creators with a few of their works
 */
public record RequestOverviewPage(
    List<String> completeRequestIdsIllust,
    List<String> completeRequestIdsManga,
    List<String> completeRequestIdsNovels,
    List<String> inProgressRequestIds,
    List<String> creatorUserIds,
    List<String> recentIllustIdsByCreatorAcceptingRequest,
    List<String> recommendIllustIdsByCreatorAcceptingRequest,
    List<CreatorWorks> userList) {
  public RequestOverviewPage {
    completeRequestIdsIllust = Copies.list(completeRequestIdsIllust);
    completeRequestIdsManga = Copies.list(completeRequestIdsManga);
    completeRequestIdsNovels = Copies.list(completeRequestIdsNovels);
    inProgressRequestIds = Copies.list(inProgressRequestIds);
    creatorUserIds = Copies.list(creatorUserIds);
    recentIllustIdsByCreatorAcceptingRequest = Copies.list(recentIllustIdsByCreatorAcceptingRequest);
    recommendIllustIdsByCreatorAcceptingRequest = Copies.list(recommendIllustIdsByCreatorAcceptingRequest);
    userList = Copies.list(userList);
  }

  /** A creator (user id {@code id}) and ids of some of their illustrations. */
  public record CreatorWorks(String id, List<String> illustIds) {
    public CreatorWorks {
      id = id == null ? "" : id;
      illustIds = Copies.list(illustIds);
    }
  }
}
