/**
 * Client for pixiv's web Ajax API: {@link io.github.pixivajax.core.PixivClient}, its
 * {@link io.github.pixivajax.core.PixivSession} and the {@link io.github.pixivajax.core.PixivException} hierarchy.
 */
@NullMarked
package io.github.pixivajax.core;

import org.jspecify.annotations.NullMarked;
