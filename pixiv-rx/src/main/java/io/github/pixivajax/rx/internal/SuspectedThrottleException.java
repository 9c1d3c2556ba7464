package io.github.pixivajax.rx.internal;

import io.github.pixivajax.core.PixivException;

/**
 * pixiv's search answers a throttled account with empty pages instead of an error: an empty page
 * before the last one is treated as a transient failure and retried with backoff.
 */
public final class SuspectedThrottleException extends PixivException {
  private static final long serialVersionUID = 1L;

  public SuspectedThrottleException(String what) {
    super(what + ": empty page before the last one; pixiv may be throttling the account");
  }
}
