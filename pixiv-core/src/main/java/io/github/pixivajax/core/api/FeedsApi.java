package io.github.pixivajax.core.api;

/**
 * Feeds: the top page, new works from followed users, the manga watch list, My pixiv, linked services.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface FeedsApi {}
