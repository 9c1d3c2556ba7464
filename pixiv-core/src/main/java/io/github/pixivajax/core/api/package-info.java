/** Retrofit interfaces, one per resource area of pixiv's Ajax API; obtain them from {@code PixivClient}. */
@NullMarked
package io.github.pixivajax.core.api;

import org.jspecify.annotations.NullMarked;
