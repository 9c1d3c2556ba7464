/** Every paginated pixiv resource as a backpressured RxJava 3 {@code Flowable} under one shared rate limiter. */
@NullMarked
package io.github.pixivajax.rx;

import org.jspecify.annotations.NullMarked;
