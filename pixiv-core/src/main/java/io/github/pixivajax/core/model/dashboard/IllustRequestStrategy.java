package io.github.pixivajax.core.model.dashboard;

import io.github.pixivajax.core.internal.Copies;
import java.util.List;

/**
 * The {@code data} of {@code GET /ajax/dashboard/works/illust/request_strategy}: the account's
 * illustrations as the dashboard's Requests view lists them. Entries are kept as plain Java values
 * (maps, lists, strings, numbers): the capture, of an account without works, shows no entries.
 */
public record IllustRequestStrategy(
    List<Object> works, List<Object> series, List<Object> drafts, List<Object> reservedWorks, List<Object> fetchRanges) {
  public IllustRequestStrategy {
    works = Copies.list(works);
    series = Copies.list(series);
    drafts = Copies.list(drafts);
    reservedWorks = Copies.list(reservedWorks);
    fetchRanges = Copies.list(fetchRanges);
  }
}
