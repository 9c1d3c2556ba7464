package io.github.pixivajax.rx;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.RequestWorkFilter;
import io.github.pixivajax.core.api.RequestWorkType;
import io.github.pixivajax.core.model.CommissionRequest;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.rx.internal.Resources;
import io.github.pixivajax.rx.internal.Resources.PageOf;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * pixiv Requests (commissions) as streams ({@link RxPixiv#requests()}), mirroring {@code
 * PixivClient.requests()}. Each walks pages {@code p} until pixiv's pager has no next page.
 */
public final class RequestStreams {
  private final Area area;

  RequestStreams(Area area) {
    this.area = area;
  }

  /**
   * Completed requests.
   *
   * @return a {@link Paged}
   */
  public Paged<CommissionRequest> complete(RequestWorkType type, ContentMode mode) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("complete", Resources.byPage(p -> area.client.requests().complete(type, mode, p).map(f -> {
      var page = f.page();
      return page == null ? new PageOf<CommissionRequest>(List.of(), true, null)
          : new PageOf<>(f.requests(page.requestIds()), !page.pager().hasNextPage(), null);
    }), CommissionRequest::requestId, null), type, mode);
  }

  /**
   * Requests in progress.
   *
   * @return a {@link Paged}
   */
  public Paged<CommissionRequest> inProgress(RequestWorkFilter type, ContentMode mode) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("inProgress", Resources.byPage(p -> area.client.requests().inProgress(type, mode, p).map(f -> {
      var page = f.page();
      return page == null ? new PageOf<CommissionRequest>(List.of(), true, null)
          : new PageOf<>(f.requests(page.requestIds()), !page.pager().hasNextPage(), null);
    }), CommissionRequest::requestId, null), type, mode);
  }

  /**
   * Creators who posted requested works; a creator pixiv sent no details for has only an id.
   *
   * @return a {@link Paged}
   */
  public Paged<UserSummary> creators(RequestWorkType type, ContentMode mode) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("creators", Resources.byPage(p -> area.client.requests().creators(type, mode, p).map(f -> {
      var page = f.page();
      if (page == null) {
        return new PageOf<UserSummary>(List.of(), true, null);
      }
      List<UserSummary> users = new ArrayList<>();
      for (String id : page.creatorUserIds()) {
        users.add(f.user(id).orElseGet(() -> new UserSummary(id, null, null, null, null, false, false, false, false, false, false, 0)));
      }
      return new PageOf<>(users, !page.pager().hasNextPage(), null);
    }), UserSummary::userId, null), type, mode);
  }
}
