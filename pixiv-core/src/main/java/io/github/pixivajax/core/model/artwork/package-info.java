/** Records for artwork endpoints: pages, comments, recommendations, new works, bookmark and like results. */
@NullMarked
package io.github.pixivajax.core.model.artwork;

import org.jspecify.annotations.NullMarked;
