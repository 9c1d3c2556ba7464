/** Rankings as {@code ranking.php?format=json} sends them (snake_case keys, mapped to camelCase components). */
@NullMarked
package io.github.pixivajax.core.model.ranking;

import org.jspecify.annotations.NullMarked;
