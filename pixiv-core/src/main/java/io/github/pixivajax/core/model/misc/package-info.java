/** Records for notifications and web-push settings. */
@NullMarked
package io.github.pixivajax.core.model.misc;

import org.jspecify.annotations.NullMarked;
