package io.github.pixivajax.core.model.tag;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;

/** Completions for a partly typed tag, best first. */
public record TagCandidates(List<TagCandidate> candidates, @JsonAnySetter Map<String, Object> other) {
  public TagCandidates {
    candidates = Copies.list(candidates);
    other = Copies.map(other);
  }
}
