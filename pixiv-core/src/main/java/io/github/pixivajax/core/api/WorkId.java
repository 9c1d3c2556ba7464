package io.github.pixivajax.core.api;

import java.util.List;

/**
 * An artwork id as a repeated query value ({@code ids[]=…}). The wire-level overloads take these;
 * the {@code List<String>} overloads check the ids and the list's size and build them.
 */
public record WorkId(String value) implements QueryValue {
  /** @throws IllegalArgumentException unless {@code value} is a positive decimal id */
  public WorkId {
    value = Ids.check("id", List.of(value)).get(0);
  }

  /** 1 to 100 ids, checked; the IllegalArgumentException names {@code name}. */
  static WorkId[] array(String name, List<String> ids) {
    return Ids.check(name, ids).stream().map(WorkId::new).toArray(WorkId[]::new);
  }

  @Override
  public String queryValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
