/** PIT's helpers: test infrastructure used only under {@code -Ppit}. */
@NullMarked
package io.github.pixivajax.pit;

import org.jspecify.annotations.NullMarked;
