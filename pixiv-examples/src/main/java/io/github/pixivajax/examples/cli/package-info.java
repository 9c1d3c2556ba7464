/** The {@code pixiv} command line: picocli commands over pixiv-core and pixiv-rx. */
@NullMarked
package io.github.pixivajax.examples.cli;

import org.jspecify.annotations.NullMarked;
