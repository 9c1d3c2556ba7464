package io.github.pixivajax.core.drift;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.user.FollowList;
import io.github.pixivajax.core.model.user.FollowUser;
import io.github.pixivajax.core.model.user.UserBookmarks;
import io.github.pixivajax.core.model.user.UserExtra;
import io.github.pixivajax.core.model.user.UserInfo;
import io.github.pixivajax.core.model.user.UserLatestWorks;
import io.github.pixivajax.core.model.user.UserProfile;
import io.github.pixivajax.core.model.user.UserProfileAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Drift cases for the captures of this area; see {@link CaptureCase}. */
final class UserCaptures {
  private UserCaptures() {}

  static List<CaptureCase> cases() {
    return List.of(
        CaptureCase.of("ajax/user/9153585.json", UserInfo.class, v -> List.of(((UserInfo) v).userId())),
        CaptureCase.of("ajax/user/9153585_full_1.json", UserProfile.class, v -> profileIds((UserProfile) v)),
        CaptureCase.of("ajax/user/9153585/profile/all.json", UserProfileAll.class, v -> profileAllIds((UserProfileAll) v)),
        CaptureCase.of("ajax/user/9153585/following_offset_0_limit_3_rest_show.json", FollowList.class, v -> followIds((FollowList) v)),
        CaptureCase.of("ajax/user/43192924/followers_offset_0_limit_3.json", FollowList.class, v -> followIds((FollowList) v)),
        CaptureCase.of("ajax/user/9153585/works/latest.json", UserLatestWorks.class, v -> ((UserLatestWorks) v).illustIds()),
        CaptureCase.of(
            "ajax/user/43192924/illusts/bookmarks_tag_offset_0_limit_3_rest_show.json",
            UserBookmarks.class,
            v -> ((UserBookmarks) v).ids()),
        // No ids in these two: counts only, and an empty list.
        CaptureCase.of("ajax/user/extra.json", UserExtra.class, v -> List.of(((UserExtra) v).following() + " following", ((UserExtra) v).followers() + " followers")),
        CaptureCase.of("ajax/sketch/live/following.json", new TypeReference<List<Map<String, Object>>>() {}.getType(), v -> List.of("lives:" + ((List<?>) v).size())));
  }

  private static List<String> profileIds(UserProfile p) {
    List<String> ids = new ArrayList<>(List.of(p.userId()));
    p.group().forEach(g -> ids.add(g.id()));
    return ids;
  }

  private static List<String> profileAllIds(UserProfileAll p) {
    List<String> ids = new ArrayList<>(p.illustIds());
    ids.addAll(p.mangaIds());
    ids.addAll(p.novelIds());
    p.mangaSeries().forEach(s -> ids.add(s.id()));
    return ids;
  }

  /** The users' ids followed by the ids of the works shown with them. */
  private static List<String> followIds(FollowList f) {
    List<String> ids = new ArrayList<>(f.userIds());
    for (FollowUser u : f.users()) {
      u.illusts().stream().map(ArtworkThumbnail::id).forEach(ids::add);
    }
    return ids;
  }
}
