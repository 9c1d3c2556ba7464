package io.github.pixivajax.core.model;

import java.util.List;
import java.util.Map;

/**
 * A response that lists a user's works as maps keyed by id, newest first (values may be null:
 * "exists, not loaded here").
 */
public interface WorksById {
  Map<String, ?> illusts();

  Map<String, ?> manga();

  Map<String, ?> novels();

  /** The illustration (and ugoira) ids, newest first. */
  default List<String> illustIds() {
    return List.copyOf(illusts().keySet());
  }

  /** The manga ids, newest first. */
  default List<String> mangaIds() {
    return List.copyOf(manga().keySet());
  }

  /** The novel ids, newest first. */
  default List<String> novelIds() {
    return List.copyOf(novels().keySet());
  }
}
