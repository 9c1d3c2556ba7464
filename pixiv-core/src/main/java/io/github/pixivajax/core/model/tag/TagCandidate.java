package io.github.pixivajax.core.model.tag;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One completion for a partly typed tag: from {@code tags/suggest_by_word} (with work counts) or from
 * the search box's {@code rpc/cps.php} (with how often the tag is looked up). Counts pixiv did not
 * send are 0.
 *
 * @param tagName the tag
 * @param tagTranslation the tag in the viewer's language, when pixiv has one
 * @param type why it matched, e.g. {@code tag_translation} or {@code prefix}; null when not sent
 * @param accessCount how often the tag is searched ({@code cps.php})
 * @param illustCount artworks with the tag ({@code suggest_by_word} with {@code illust} counted)
 * @param novelCount novels with the tag ({@code suggest_by_word} with {@code novel} counted)
 * @param totalCount all works with the tag
 */
public record TagCandidate(
    @JsonProperty("tag_name") String tagName,
    @JsonProperty("tag_translation") @Nullable String tagTranslation,
    @Nullable String type,
    @JsonProperty("access_count") long accessCount,
    @JsonProperty("illust_count") long illustCount,
    @JsonProperty("novel_count") long novelCount,
    @JsonProperty("total_count") long totalCount,
    @JsonAnySetter Map<String, Object> other) {
  public TagCandidate {
    tagName = tagName == null ? "" : tagName;
    other = Copies.map(other);
  }
}
