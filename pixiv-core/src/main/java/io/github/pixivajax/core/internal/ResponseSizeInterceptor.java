package io.github.pixivajax.core.internal;

import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Bounds what pixiv's responses may cost: a {@code Content-Length} above the limit fails before
 * reading, and any body (chunked, or lying about its length) fails as soon as it crosses the limit
 * while being read, so nothing larger is ever buffered. Other hosts (images) are not limited.
 */
public final class ResponseSizeInterceptor implements Interceptor {
  private final HttpUrl pixivBase;
  private final long limit;

  public ResponseSizeInterceptor(HttpUrl pixivBase, long limit) {
    this.pixivBase = Objects.requireNonNull(pixivBase, "pixivBase == null");
    this.limit = limit;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null || !Origins.same(response.request().url(), pixivBase)) {
      return response;
    }
    long declared = body.contentLength();
    if (declared > limit) {
      response.close();
      throw new TooLarge(limit, declared);
    }
    return response.newBuilder().body(new Limited(body, limit)).build();
  }

  /** Thrown while reading; {@link ErrorMapper} reports it as a decode failure naming the limit. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    final long limit;

    TooLarge(long limit, long declared) {
      super("the response is larger than the maximum of " + limit + " bytes"
          + (declared > 0 ? " (Content-Length " + declared + ")" : ""));
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  private static final class Limited extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    Limited(ResponseBody delegate, long limit) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        private long read;

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          long n = super.read(sink, byteCount);
          if (n != -1) {
            read += n;
            if (read > limit) {
              throw new TooLarge(limit, -1);
            }
          }
          return n;
        }
      });
    }

    @Override
    public @Nullable MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
