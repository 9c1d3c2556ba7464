package io.github.pixivajax.core.model.artwork;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code POST /ajax/illusts/like} returns.
 *
 * @param liked pixiv's {@code is_liked} flag ({@code true} in the captured response to a first like)
 */
public record LikeResult(@JsonProperty("is_liked") boolean liked) {}
