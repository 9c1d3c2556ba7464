/** The pages of pixiv Requests (commissions); each lists ids into its {@code Feed}'s store. */
@NullMarked
package io.github.pixivajax.core.model.request;

import org.jspecify.annotations.NullMarked;
