/**
 * An embedded fake pixiv: a loopback {@code com.sun.net.httpserver} server that answers pixiv's web
 * Ajax endpoints with deterministic synthetic data, for {@code pixiv --demo}, tests and benchmarks.
 * It writes pixiv's JSON itself and never uses the client library's models.
 */
@NullMarked
package io.github.pixivajax.examples.fake;

import org.jspecify.annotations.NullMarked;
