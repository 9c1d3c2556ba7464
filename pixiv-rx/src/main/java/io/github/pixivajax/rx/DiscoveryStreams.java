package io.github.pixivajax.rx;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.rx.internal.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Discovery's recommendations as streams ({@link RxPixiv#discovery()}), mirroring {@code
 * PixivClient.discovery()}. pixiv answers each call with a fresh set: a stream polls again on
 * demand and ends when a few polls in a row bring only what it already emitted.
 */
public final class DiscoveryStreams {
  static final int PAGE = 60;

  private final Area area;

  DiscoveryStreams(Area area) {
    this.area = area;
  }

  /**
   * Recommended works, 60 a poll, de-duplicated.
   *
   * @return a {@link Paged}
   */
  public Paged<ArtworkThumbnail> artworks(ContentMode mode) {
    Objects.requireNonNull(mode, "mode == null");
    return area.paged("artworks", Resources.polls(() -> area.client.discovery().artworks(mode, PAGE).map(f -> {
      List<String> ids = new ArrayList<>();
      if (f.page() != null) {
        f.page().forEach(r -> ids.add(r.illustId()));
      }
      return ids.isEmpty() ? f.artworks() : f.artworks(ids);
    }), ArtworkThumbnail::id), mode);
  }

  /**
   * Recommended users, 60 a poll, de-duplicated.
   *
   * @return a {@link Paged}
   */
  public Paged<UserSummary> users() {
    return area.paged("users", Resources.polls(() -> area.client.discovery().users(PAGE).map(f -> {
      List<String> ids = new ArrayList<>();
      if (f.page() != null) {
        f.page().forEach(r -> ids.add(r.userId()));
      }
      return ids.isEmpty() ? f.users() : f.users(ids);
    }), UserSummary::userId));
  }
}
