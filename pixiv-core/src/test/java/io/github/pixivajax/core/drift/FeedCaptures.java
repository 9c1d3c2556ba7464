package io.github.pixivajax.core.drift;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.core.model.discovery.DiscoveryMeta;
import io.github.pixivajax.core.model.discovery.RecommendedIllust;
import io.github.pixivajax.core.model.discovery.RecommendedUser;
import io.github.pixivajax.core.model.feed.FollowLatestPage;
import io.github.pixivajax.core.model.feed.TopPage;
import io.github.pixivajax.core.model.feed.TumengPage;
import io.github.pixivajax.core.model.feed.WatchListPage;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Drift cases for the captures of this area; see {@link CaptureCase}. */
final class FeedCaptures {
  private FeedCaptures() {}

  static List<CaptureCase> cases() {
    return List.of(
        feed("ajax/top/illust.json", new TypeReference<Feed<TopPage>>() {}, (TopPage p) -> concat(
            p.follow(), p.recommend().ids(), p.ranking().ids(), p.newPost(), p.completeRequestIds())),
        feed("ajax/follow_latest/illust_mode_all_p_1.json", new TypeReference<Feed<FollowLatestPage>>() {},
            FollowLatestPage::ids),
        feed("ajax/watch_list/manga_p_1.json", new TypeReference<Feed<WatchListPage>>() {},
            WatchListPage::watchedSeriesIds),
        feed("ajax/mypixiv_latest/illust_p_1.json", new TypeReference<Feed<FollowLatestPage>>() {},
            FollowLatestPage::ids),
        feed("ajax/linked_service/tumeng.json", new TypeReference<Feed<TumengPage>>() {},
            (TumengPage p) -> p.user() == null ? List.of() : List.of(p.user().id())),
        feed("ajax/discovery/artworks_mode_all_limit_3.json", new TypeReference<Feed<List<RecommendedIllust>>>() {},
            (List<RecommendedIllust> p) -> p.stream().map(RecommendedIllust::illustId).toList()),
        feed("ajax/discovery/users_limit_3.json", new TypeReference<Feed<List<RecommendedUser>>>() {},
            (List<RecommendedUser> p) -> p.stream().map(RecommendedUser::userId).toList()),
        CaptureCase.of("ajax/discovery/artworks/meta_mode_all.json", DiscoveryMeta.class, FeedCaptures::metaKeys),
        CaptureCase.of("ajax/discovery/users/meta.json", DiscoveryMeta.class, FeedCaptures::metaKeys));
  }

  private static List<String> zones(Object zoneConfig) {
    if (!(zoneConfig instanceof java.util.Map<?, ?> zones)) {
      return List.of();
    }
    return zones.keySet().stream().map(String::valueOf).filter(k -> !k.startsWith("zz")).sorted().map(k -> "zone:" + k).toList();
  }

  /** The ad zones and page meta a discovery meta carries (no ids there): their names must survive. */
  private static List<String> metaKeys(Object value) {
    DiscoveryMeta meta = (DiscoveryMeta) value;
    // zz…: the field the "unknown fields everywhere" drift adds.
    List<String> keys = new ArrayList<>(meta.other().keySet().stream().filter(k -> !k.startsWith("zz")).sorted().toList());
    if (meta.other().get("zoneConfig") instanceof java.util.Map<?, ?> zones) {
      zones.keySet().stream().map(String::valueOf).filter(k -> !k.startsWith("zz")).sorted().map(k -> "zone:" + k).forEach(keys::add);
    }
    keys.add("meta:" + (meta.meta() != null));
    return keys;
  }

  /** The page's ids, then the ids of every artwork and user in the store. */
  private static <P> CaptureCase feed(String capture, TypeReference<Feed<P>> type, Function<P, List<String>> pageIds) {
    Type javaType = type.getType();
    return CaptureCase.of(capture, javaType, value -> {
      @SuppressWarnings("unchecked")
      Feed<P> feed = (Feed<P>) value;
      P page = feed.page();
      // The ad zones too: empty pages (watch list, My pixiv) have nothing else that drift could lose.
      return concat(
          page == null ? List.of() : pageIds.apply(page),
          feed.artworks().stream().map(ArtworkThumbnail::id).toList(),
          feed.users().stream().map(UserSummary::userId).toList(),
          zones(feed.other().get("zoneConfig")));
    });
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> out = new ArrayList<>();
    for (List<String> list : lists) {
      out.addAll(list);
    }
    return out;
  }
}
