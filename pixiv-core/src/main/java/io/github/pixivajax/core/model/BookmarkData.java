package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The viewer's bookmark on a work: its bookmark id (for delete/edit) and whether it is private. */
public record BookmarkData(String id, @JsonProperty("private") boolean isPrivate) {}
