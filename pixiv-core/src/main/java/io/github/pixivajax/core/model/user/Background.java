package io.github.pixivajax.core.model.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The header image of a user's page. */
public record Background(
    @Nullable String url,
    @Nullable String color,
    @Nullable String repeat,
    @JsonProperty("isPrivate") boolean hidden) {}
