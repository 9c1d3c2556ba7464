/**
 * Endpoints pixiv's reference does not list but its own pages and well-known clients use: ugoira
 * frames, profile pages, works by tag, bookmark tags and edits, manga series, the account's settings,
 * frequent tags and the touch ranking.
 */
@NullMarked
package io.github.pixivajax.core.model.extra;

import org.jspecify.annotations.NullMarked;
