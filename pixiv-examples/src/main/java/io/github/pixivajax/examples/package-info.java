/** The {@code pixiv} command-line tool and the embedded fake pixiv behind {@code --demo}. */
@NullMarked
package io.github.pixivajax.examples;

import org.jspecify.annotations.NullMarked;
