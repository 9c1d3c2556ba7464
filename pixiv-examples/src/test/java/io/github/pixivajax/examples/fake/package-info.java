/** Tests of the embedded fake pixiv, over plain HTTP on loopback. */
@NullMarked
package io.github.pixivajax.examples.fake;

import org.jspecify.annotations.NullMarked;
