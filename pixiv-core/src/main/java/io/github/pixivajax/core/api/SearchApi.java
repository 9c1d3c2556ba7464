package io.github.pixivajax.core.api;

/**
 * Search and tags: artworks, illustrations, manga, the top-results page, tag information and tag stories.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface SearchApi {}
