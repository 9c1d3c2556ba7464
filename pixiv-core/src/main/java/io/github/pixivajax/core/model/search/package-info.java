/** Search results, tag information and tag stories. */
@NullMarked
package io.github.pixivajax.core.model.search;

import org.jspecify.annotations.NullMarked;
