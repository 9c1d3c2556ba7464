package io.github.pixivajax.core.model.artwork;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A page of an artwork's root comments, newest first, as {@code GET /ajax/illusts/comments/roots}
 * returns it.
 *
 * @param hasNext whether a larger {@code offset} yields more
 * @param other fields this version does not model
 */
public record CommentPage(List<Comment> comments, boolean hasNext, @JsonAnySetter Map<String, Object> other) {
  public CommentPage {
    comments = Copies.list(comments);
    other = Copies.map(other);
  }
}
