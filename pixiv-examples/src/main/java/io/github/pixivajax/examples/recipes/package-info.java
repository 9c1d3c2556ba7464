/**
 * Small runnable programs, one screen each, that show how the library is meant to be used; public
 * API only. Each takes a base URL as its first argument ({@code -} or nothing starts an embedded fake
 * pixiv), and a limit as its second. With a real base URL the session comes from {@code
 * PIXIV_PHPSESSID}.
 */
@NullMarked
package io.github.pixivajax.examples.recipes;

import org.jspecify.annotations.NullMarked;
