package io.github.pixivajax.core.model.extra;

import org.jspecify.annotations.Nullable;

/**
 * Who the session is logged in as.
 *
 * @param id the user id
 * @param name the display name
 * @param account the account name ({@code pixiv.me/<account>})
 * @param premium whether the account has pixiv Premium
 * @param xRestrict 0 hides R-18 works, 1 shows R-18, 2 also R-18G
 */
public record WhoAmI(String id, @Nullable String name, @Nullable String account, boolean premium, int xRestrict) {}
