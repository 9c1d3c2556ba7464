package io.github.pixivajax.core.api;

/**
 * Discovery: recommended artworks and users, and their page metadata.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface DiscoveryApi {}
