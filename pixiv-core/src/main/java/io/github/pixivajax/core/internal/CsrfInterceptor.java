package io.github.pixivajax.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code x-csrf-token} to POSTs to pixiv, and only to those. The token is the configured one or
 * is read once from a pixiv page (which also tells whether the session is really logged in); it is
 * cached, and refreshed once, retrying the POST, when pixiv rejects it.
 */
public final class CsrfInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(CsrfInterceptor.class);
  private static final Pattern ERROR_TRUE = Pattern.compile("\"error\"\\s*:\\s*true");
  private static final Pattern CAPTCHA = Pattern.compile("(?i)captcha");
  private static final Pattern TOKEN_WORDS = Pattern.compile("(?i)token|csrf|トークン|不正なリクエスト|invalid request");

  /** pixiv's pages are a few hundred KB; the tokens are near the top. */
  static final long MAX_PAGE = 4L * 1024 * 1024;

  private final HttpUrl pixivBase;
  private final ObjectMapper mapper;
  private final Object lock = new Object();
  private volatile @Nullable String token;
  private volatile Call.@Nullable Factory pageFetcher;

  public CsrfInterceptor(HttpUrl pixivBase, @Nullable String token, ObjectMapper mapper) {
    this.pixivBase = Objects.requireNonNull(pixivBase, "pixivBase == null");
    this.mapper = Objects.requireNonNull(mapper, "mapper == null");
    this.token = token;
  }

  /** The client that fetches pixiv pages (with the session cookie); set once the client is built. */
  public void attach(Call.Factory pageFetcher) {
    this.pageFetcher = Objects.requireNonNull(pageFetcher, "pageFetcher == null");
  }

  /** The token in use, for redaction; null until known. */
  public @Nullable String currentToken() {
    return token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!request.method().equals("POST")
        || !Origins.same(request.url(), pixivBase)
        || request.header("x-csrf-token") != null) {
      return chain.proceed(request);
    }
    String used = tokenFor(request, null);
    Response response = chain.proceed(request.newBuilder().header("x-csrf-token", used).build());
    if (!rejected(response)) {
      return response;
    }
    LOG.debug("pixiv rejected the CSRF token for POST {}; fetching a fresh one and retrying once",
        request.url().encodedPath());
    response.close();
    String fresh = tokenFor(request, used);
    return chain.proceed(request.newBuilder().header("x-csrf-token", fresh).build());
  }

  private String tokenFor(Request request, @Nullable String stale) throws IOException {
    String t = token;
    if (t != null && !t.equals(stale)) {
      return t;
    }
    synchronized (lock) {
      t = token;
      if (t == null || t.equals(stale)) {
        t = fetch(request);
        token = t;
      }
      return t;
    }
  }

  private String fetch(Request post) throws IOException {
    Call.Factory fetcher = pageFetcher;
    if (fetcher == null) {
      throw new IllegalStateException("CsrfInterceptor used before attach()");
    }
    Request page = new Request.Builder().url(pixivBase).get().header("Accept", "text/html").build();
    try (Response r = fetcher.newCall(page).execute()) {
      ResponseBody body = r.body();
      String html = body == null ? "" : head(body);
      CsrfPage parsed = CsrfPage.parse(html, mapper);
      String headerUser = r.header("x-userid");
      boolean loggedIn = parsed.userId != null || (headerUser != null && !headerUser.isBlank());
      if (!loggedIn || parsed.token == null) {
        throw new WrappedPixivException(notLoggedIn(post, loggedIn));
      }
      return parsed.token;
    }
  }

  /** At most {@link #MAX_PAGE} bytes of the page: the token sits in its head, and the lock is held. */
  private static String head(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    source.request(MAX_PAGE);
    Buffer buffer = source.getBuffer();
    return buffer.readString(Math.min(buffer.size(), MAX_PAGE), StandardCharsets.UTF_8);
  }

  private static PixivException notLoggedIn(Request post, boolean loggedIn) {
    String reason = loggedIn
        ? "pixiv's page carried no CSRF token, so writes cannot be authorised"
        : "the session is not logged in on pixiv (expired or invalid cookie); writes need a logged-in session";
    return new PixivAuthException(post.method(), post.url().encodedPath(), reason);
  }

  private static boolean rejected(Response response) throws IOException {
    int code = response.code();
    boolean clientError = code == 400 || code == 401 || code == 403;
    if (!clientError && code / 100 != 2) {
      return false;
    }
    String head = response.peekBody(4096).string();
    // A reCAPTCHA demand names a token too, but a fresh CSRF token cannot meet it: no retry.
    if ((code == 400 || code / 100 == 2) && CAPTCHA.matcher(head).find()) {
      return false;
    }
    if (clientError) {
      // Only an answer about the token is fixed by a fresh one: "Invalid bookmarkIds" is not, and
      // retrying it would send the write twice.
      return head.isBlank() || TOKEN_WORDS.matcher(head).find();
    }
    return ERROR_TRUE.matcher(head).find() && TOKEN_WORDS.matcher(head.toLowerCase(Locale.ROOT)).find();
  }
}
