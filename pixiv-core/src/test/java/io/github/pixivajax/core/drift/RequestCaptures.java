package io.github.pixivajax.core.drift;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.dashboard.DashboardHome;
import io.github.pixivajax.core.model.dashboard.DashboardSettings;
import io.github.pixivajax.core.model.dashboard.IllustRequestStrategy;
import io.github.pixivajax.core.model.request.CompletedRequestsPage;
import io.github.pixivajax.core.model.request.InProgressRequestsPage;
import io.github.pixivajax.core.model.request.RequestCreatorsPage;
import io.github.pixivajax.core.model.request.RequestOverviewPage;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Drift cases for the Requests (commission) and dashboard captures; see {@link CaptureCase}. */
final class RequestCaptures {
  private static final String PAGE = "ajax/commission/page/request";

  private RequestCaptures() {}

  static List<CaptureCase> cases() {
    List<CaptureCase> cases = new ArrayList<>();
    cases.add(feed(PAGE + ".json", new TypeReference<Feed<RequestOverviewPage>>() {}, (RequestOverviewPage p) -> concat(
        p.completeRequestIdsIllust(), p.completeRequestIdsManga(), p.completeRequestIdsNovels(), p.inProgressRequestIds(),
        p.creatorUserIds(), p.recentIllustIdsByCreatorAcceptingRequest())));
    for (String type : List.of("illust", "manga", "ugoira")) {
      cases.add(feed(PAGE + "/complete/" + type + "_mode_all_p_1.json", new TypeReference<Feed<CompletedRequestsPage>>() {},
          (CompletedRequestsPage p) -> concat(p.requestIds(), p.recommendRequestIds())));
      cases.add(feed(PAGE + "/creators/" + type + "_mode_all_p_1.json", new TypeReference<Feed<RequestCreatorsPage>>() {},
          RequestCreatorsPage::creatorUserIds));
    }
    for (String type : List.of("all", "illust", "manga", "ugoira")) {
      cases.add(feed(PAGE + "/in_progress/" + type + "_mode_all_p_1.json", new TypeReference<Feed<InProgressRequestsPage>>() {},
          InProgressRequestsPage::requestIds));
    }
    cases.add(CaptureCase.of("ajax/dashboard/home.json", new TypeReference<Feed<DashboardHome>>() {}.getType(),
        v -> homeIds(cast(v))));
    cases.add(CaptureCase.of("ajax/dashboard/settings.json", DashboardSettings.class, v -> List.of("view:" + ((DashboardSettings) v).view())));
    cases.add(feed("ajax/dashboard/works/illust/request_strategy.json", new TypeReference<Feed<IllustRequestStrategy>>() {},
        (IllustRequestStrategy s) -> List.of("works:" + s.works().size(), "series:" + s.series().size(),
            "drafts:" + s.drafts().size(), "reserved:" + s.reservedWorks().size(), "ranges:" + s.fetchRanges().size())));
    return List.copyOf(cases);
  }

  private static <P> CaptureCase feed(String capture, TypeReference<Feed<P>> type, Function<P, List<String>> ids) {
    Type t = type.getType();
    return CaptureCase.of(capture, t, v -> {
      Feed<P> feed = cast(v);
      return feed.page() == null ? List.of() : ids.apply(feed.page());
    });
  }

  private static List<String> homeIds(Feed<DashboardHome> feed) {
    List<String> ids = new ArrayList<>();
    if (feed.page() != null) {
      feed.page().contests().forEach(c -> ids.add(c.id()));
      if (feed.page().todayAnniversary() != null) {
        ids.addAll(feed.page().todayAnniversary().illustIds());
      }
    }
    feed.artworks().stream().map(ArtworkThumbnail::id).forEach(ids::add);
    return ids;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
