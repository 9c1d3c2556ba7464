/** Implementation details: interceptors, converters, call adapters. Not API; may change in any release. */
@NullMarked
package io.github.pixivajax.core.internal;

import org.jspecify.annotations.NullMarked;
