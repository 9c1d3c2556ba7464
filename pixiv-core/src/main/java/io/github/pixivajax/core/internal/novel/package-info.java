/** The novel markup parser and renderers and the EPUB writer behind {@code io.github.pixivajax.core.novel}. */
@NullMarked
package io.github.pixivajax.core.internal.novel;

import org.jspecify.annotations.NullMarked;
