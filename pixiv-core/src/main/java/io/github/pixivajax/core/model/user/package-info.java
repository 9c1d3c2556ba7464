/** Users as pixiv's user endpoints describe them: profiles, follow lists, works, bookmarks. */
@NullMarked
package io.github.pixivajax.core.model.user;

import org.jspecify.annotations.NullMarked;
