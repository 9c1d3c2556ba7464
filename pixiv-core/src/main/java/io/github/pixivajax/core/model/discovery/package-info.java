/** Discovery recommendations and the Discovery pages' metadata. */
@NullMarked
package io.github.pixivajax.core.model.discovery;

import org.jspecify.annotations.NullMarked;
