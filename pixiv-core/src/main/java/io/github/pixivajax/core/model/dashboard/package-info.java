/** The account's creator dashboard: home statistics, settings, works for the Requests strategy. */
@NullMarked
package io.github.pixivajax.core.model.dashboard;

import org.jspecify.annotations.NullMarked;
