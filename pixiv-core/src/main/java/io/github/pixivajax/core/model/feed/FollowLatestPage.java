package io.github.pixivajax.core.model.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.List;

/**
 * A page of new artworks, newest first: by followed users ({@code follow_latest}) or by My pixiv
 * friends ({@code mypixiv_latest}). The ids point into the surrounding feed's artworks.
 *
 * @param lastPage whether there is no next page
 * @param tags tags pixiv offers to narrow the list by
 */
public record FollowLatestPage(List<String> ids, @JsonProperty("isLastPage") boolean lastPage, List<String> tags) {
  public FollowLatestPage {
    ids = Copies.list(ids);
    tags = Copies.list(tags);
  }
}
