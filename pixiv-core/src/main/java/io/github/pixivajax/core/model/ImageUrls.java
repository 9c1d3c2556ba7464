package io.github.pixivajax.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The sizes pixiv serves of an artwork's first page, all on {@code i.pximg.net} (which needs {@code
 * Referer: https://www.pixiv.net/}). Fields are null when pixiv withholds them, e.g. logged out or
 * for R-18 works.
 */
public record ImageUrls(
    @Nullable String mini,
    @Nullable String thumb,
    @Nullable String small,
    @Nullable String regular,
    @Nullable String original) {}
