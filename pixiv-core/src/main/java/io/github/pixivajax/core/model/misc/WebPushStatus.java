package io.github.pixivajax.core.model.misc;

import org.jspecify.annotations.Nullable;

/**
 * The browser push-notification setting pixiv keeps for the session, as {@code GET /ajax/webpush}
 * returns it.
 *
 * @param permission e.g. {@code nosettings} when never set up
 */
public record WebPushStatus(@Nullable String permission) {}
