/** Implementation of pixiv-rx: the paging operator, retry policy, resources. Not API. */
@NullMarked
package io.github.pixivajax.rx.internal;

import org.jspecify.annotations.NullMarked;
