/** The page parts of the feed endpoints (top page, new works, watch list, My pixiv, linked services). */
@NullMarked
package io.github.pixivajax.core.model.feed;

import org.jspecify.annotations.NullMarked;
