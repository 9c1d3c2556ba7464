/** Tag suggestions, search autocompletion and the tags a user gave their works. */
@NullMarked
package io.github.pixivajax.core.model.tag;

import org.jspecify.annotations.NullMarked;
