package io.github.pixivajax.core.api;

/**
 * pixiv Requests (commissions): completed, in progress, and the creators taking them.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface RequestsApi {}
