/** Immutable records decoded from pixiv's responses, tolerant of the drift pixiv's JSON shows over time. */
@NullMarked
package io.github.pixivajax.core.model;

import org.jspecify.annotations.NullMarked;
