/** Reading and saving novels: pixiv's novel markup rendered as text, Markdown or XHTML, and EPUB 3 books. */
@NullMarked
package io.github.pixivajax.core.novel;

import org.jspecify.annotations.NullMarked;
