package io.github.pixivajax.core.api;

/**
 * Notifications and web-push settings.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface MiscApi {}
