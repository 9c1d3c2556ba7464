package io.github.pixivajax.core;

import io.github.pixivajax.core.api.AccountApi;
import io.github.pixivajax.core.api.ArtworksApi;
import io.github.pixivajax.core.api.DashboardApi;
import io.github.pixivajax.core.api.DiscoveryApi;
import io.github.pixivajax.core.api.FeedsApi;
import io.github.pixivajax.core.api.FollowApi;
import io.github.pixivajax.core.api.MiscApi;
import io.github.pixivajax.core.api.NovelsApi;
import io.github.pixivajax.core.api.RankingApi;
import io.github.pixivajax.core.api.RequestsApi;
import io.github.pixivajax.core.api.SearchApi;
import io.github.pixivajax.core.api.SeriesApi;
import io.github.pixivajax.core.api.TagsApi;
import io.github.pixivajax.core.api.UsersApi;
import io.github.pixivajax.core.api.WatchListApi;
import io.github.pixivajax.core.internal.CsrfInterceptor;
import io.github.pixivajax.core.internal.DefaultHeadersInterceptor;
import io.github.pixivajax.core.internal.EnvelopeConverterFactory;
import io.github.pixivajax.core.internal.ErrorMapper;
import io.github.pixivajax.core.internal.ImageHttp;
import io.github.pixivajax.core.internal.PixivCallAdapterFactory;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.internal.Redactor;
import io.github.pixivajax.core.internal.RedactingHttpLogger;
import io.github.pixivajax.core.internal.RedirectedWriteInterceptor;
import io.github.pixivajax.core.internal.RefererInterceptor;
import io.github.pixivajax.core.internal.ResponseSizeInterceptor;
import io.github.pixivajax.core.internal.SessionCookieInterceptor;
import io.github.pixivajax.core.internal.ThrottleInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Entry point: one configured HTTP stack for pixiv's Ajax API and the typed interfaces on top.
 *
 * <pre>{@code
 * PixivClient client = PixivClient.builder()
 *     .session(PixivSession.ofPhpSessId(System.getenv("PIXIV_SESSION")))
 *     .build();
 * IllustDetail art = client.artworks().illust(100412238).blockingGet();
 * }</pre>
 *
 * <p>Immutable and thread-safe; share one instance per account. {@link #close()} releases the
 * threads and connections of an {@code OkHttpClient} the client created itself.
 */
public final class PixivClient implements AutoCloseable {
  /** pixiv's production origin. */
  public static final String DEFAULT_BASE_URL = "https://www.pixiv.net/";
  /** A current desktop Chrome; pixiv serves some endpoints differently to unknown agents. */
  public static final String DEFAULT_USER_AGENT =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/131.0.0.0 Safari/537.36";
  /** The default {@link Builder#callTimeout(Duration)}: one request, from its permit to its last byte. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  /** The default {@link Builder#maxRateLimitPause(Duration)}. */
  public static final Duration DEFAULT_MAX_RATE_LIMIT_PAUSE = Duration.ofMinutes(15);
  /** The default {@link Builder#maxResponseSize(long)}: 32 MiB, far above pixiv's largest pages. */
  public static final long DEFAULT_MAX_RESPONSE_SIZE = 32L * 1024 * 1024;

  /** Image requests at once of {@link #downloads()}. */
  public static final int DEFAULT_DOWNLOAD_PARALLELISM = 3;

  private final HttpUrl baseUrl;
  private final PixivSession session;
  private final OkHttpClient okHttp;
  private final Retrofit retrofit;
  private final boolean ownsOkHttp;
  private final RequestLimiter limiter;
  private final Duration maxRateLimitPause;
  private final long maxResponseSize;
  private final ConcurrentHashMap<Class<?>, Object> services = new ConcurrentHashMap<>();
  private final @Nullable HttpUrl imageBaseUrl;
  private final OkHttpClient imageHttp;
  private final Downloads downloads;

  private PixivClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.session = b.session;
    this.ownsOkHttp = b.okHttpClient == null;
    this.limiter = b.limiter != null ? b.limiter : RequestLimiter.perSecond(b.permitsPerSecond);

    this.maxRateLimitPause = b.maxRateLimitPause;
    this.maxResponseSize = b.maxResponseSize;
    CsrfInterceptor csrf = new CsrfInterceptor(baseUrl, b.csrfToken, PixivJson.mapper());
    String cookie = session.cookieHeader();
    List<String> secrets = new ArrayList<>();
    if (cookie != null) {
      secrets.add(cookie);
      for (String part : cookie.split(";")) {
        int eq = part.indexOf('=');
        String value = eq < 0 ? part.trim() : part.substring(eq + 1).trim();
        if (value.length() >= 6) {
          secrets.add(value);
        }
      }
    }
    List<String> fixed = List.copyOf(secrets);
    Redactor redactor =
        new Redactor(() -> {
          String token = csrf.currentToken();
          if (token == null) {
            return fixed;
          }
          List<String> all = new ArrayList<>(fixed);
          all.add(token);
          return all;
        });

    OkHttpClient.Builder http = b.okHttpClient == null ? new OkHttpClient.Builder() : b.okHttpClient.newBuilder();
    if (b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.writeTimeout != null) {
      http.writeTimeout(b.writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.callTimeout != null) {
      http.callTimeout(b.callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } else if (b.okHttpClient == null || b.okHttpClient.callTimeoutMillis() == 0) {
      // A server trickling a byte every few seconds never trips the read timeout: bound the whole call.
      http.callTimeout(DEFAULT_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
    // Images get their own stack on the same pool: no limiter, no session, no JSON body rules. Both
    // stacks derive from one built client, so TLS (the trust store) is set up once, not twice.
    OkHttpClient base = http.build();
    this.imageBaseUrl = b.imageBaseUrl;
    this.imageHttp = ImageHttp.create(base, b.userAgent, b.acceptLanguage, b.httpLogging != HttpLogging.NONE ? redactor : null);
    http = base.newBuilder();
    http.addInterceptor(new ResponseSizeInterceptor(baseUrl, b.maxResponseSize));
    http.addInterceptor(new ThrottleInterceptor(baseUrl, limiter, b.maxRateLimitPause));
    http.addInterceptor(new DefaultHeadersInterceptor(b.userAgent, b.acceptLanguage));
    http.addInterceptor(new RefererInterceptor(baseUrl));
    http.addInterceptor(csrf);
    http.addInterceptor(new RedirectedWriteInterceptor(baseUrl));
    http.addNetworkInterceptor(new SessionCookieInterceptor(baseUrl, cookie));
    if (b.httpLogging != HttpLogging.NONE) {
      http.addNetworkInterceptor(
          RedactingHttpLogger.interceptor(redactor, HttpLoggingInterceptor.Level.valueOf(b.httpLogging.name())));
    }
    this.okHttp = http.build();
    csrf.attach(okHttp);

    ErrorMapper errors = new ErrorMapper(PixivJson.mapper(), redactor, Clock.systemUTC(), maxRateLimitPause, maxResponseSize);
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(okHttp)
            .addConverterFactory(new EnvelopeConverterFactory(PixivJson.mapper(), redactor))
            .addCallAdapterFactory(new PixivCallAdapterFactory(errors, session::isAnonymous))
            .validateEagerly(false)
            .build();
    this.downloads = new Downloads(this, imageHttp, imageBaseUrl, DEFAULT_DOWNLOAD_PARALLELISM);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Artwork details, pages, comments, recommendations, bookmarks and likes. */
  public ArtworksApi artworks() {
    return create(ArtworksApi.class);
  }

  /** User profiles, following and followers, latest works, bookmarks, live streams. */
  public UsersApi users() {
    return create(UsersApi.class);
  }

  /** Search and tags. */
  public SearchApi search() {
    return create(SearchApi.class);
  }

  /** Rankings. */
  public RankingApi ranking() {
    return create(RankingApi.class);
  }

  /** The top page, followed users' new works, watch list, My pixiv, linked services. */
  public FeedsApi feeds() {
    return create(FeedsApi.class);
  }

  /** Discovery recommendations. */
  public DiscoveryApi discovery() {
    return create(DiscoveryApi.class);
  }

  /** pixiv Requests (commissions). */
  public RequestsApi requests() {
    return create(RequestsApi.class);
  }

  /** The creator dashboard. */
  public DashboardApi dashboard() {
    return create(DashboardApi.class);
  }

  /** The logged-in account: its settings and {@code whoAmI()}. */
  public AccountApi account() {
    return create(AccountApi.class);
  }

  /** Manga series. */
  public SeriesApi series() {
    return create(SeriesApi.class);
  }

  /** Notifications and web-push settings. */
  public MiscApi misc() {
    return create(MiscApi.class);
  }

  /** Follow and unfollow users, and make following private or public (writes). */
  public FollowApi follow() {
    return create(FollowApi.class);
  }

  /** Watch and unwatch manga and novel series, and their update notifications (writes). */
  public WatchListApi watchList() {
    return create(WatchListApi.class);
  }

  /** Tag suggestions, search-box completions, and a user's tags with counts. */
  public TagsApi tags() {
    return create(TagsApi.class);
  }

  /** Novels: text, series, search, feeds, bookmarks, recommendations, comments, likes. */
  public NovelsApi novels() {
    return create(NovelsApi.class);
  }

  /**
   * An implementation of any Retrofit interface over this client's stack, for endpoints this
   * library does not declare yet: methods return {@code Single<T>}, bodies are unwrapped from pixiv's
   * envelope, and errors are {@link PixivException}s, as for the built-in interfaces.
   */
  public <T> T create(Class<T> service) {
    Objects.requireNonNull(service, "service == null");
    return service.cast(services.computeIfAbsent(service, retrofit::create));
  }

  /**
   * The configured {@code OkHttpClient}: use it for images on {@code i.pximg.net}, which then get
   * pixiv's Referer and never the session cookie.
   */
  public OkHttpClient httpClient() {
    return okHttp;
  }

  /**
   * Saves images and other files from pixiv's image hosts to disk, up to {@value
   * #DEFAULT_DOWNLOAD_PARALLELISM} image requests at once.
   */
  public Downloads downloads() {
    return downloads;
  }

  /** {@link #downloads()} with its own bound of {@code parallelism} image requests at once. */
  public Downloads downloads(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
    }
    return parallelism == DEFAULT_DOWNLOAD_PARALLELISM ? downloads : new Downloads(this, imageHttp, imageBaseUrl, parallelism);
  }

  /** Where {@code i.pximg.net} and {@code s.pximg.net} requests go instead, or null. */
  public @Nullable String imageBaseUrl() {
    return imageBaseUrl == null ? null : imageBaseUrl.toString();
  }

  /** The limiter every request to pixiv through this client waits on; share it per account. */
  public RequestLimiter requestLimiter() {
    return limiter;
  }

  public PixivSession session() {
    return session;
  }

  /** The longest {@code Retry-After} this client waits out; see {@link Builder#maxRateLimitPause}. */
  public Duration maxRateLimitPause() {
    return maxRateLimitPause;
  }

  /** The largest response body, in bytes, read from pixiv; see {@link Builder#maxResponseSize}. */
  public long maxResponseSize() {
    return maxResponseSize;
  }

  /** The base URL, always ending in {@code /}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Releases the dispatcher threads and pooled connections when this client created its own
   * {@code OkHttpClient}; a client supplied to the builder is left to its owner.
   */
  @Override
  public void close() {
    downloads.shutdown();
    if (ownsOkHttp) {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "PixivClient{baseUrl=" + baseUrl + ", session=" + session + "}";
  }

  /** Configures a {@link PixivClient}. Not thread-safe; every setter validates its argument. */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private String userAgent = DEFAULT_USER_AGENT;
    private String acceptLanguage = "en";
    private PixivSession session = PixivSession.anonymous();
    private @Nullable String csrfToken;
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Duration callTimeout;
    private HttpLogging httpLogging = HttpLogging.NONE;
    private double permitsPerSecond = 1.0;
    private @Nullable RequestLimiter limiter;
    private Duration maxRateLimitPause = DEFAULT_MAX_RATE_LIMIT_PAUSE;
    private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
    private @Nullable HttpUrl imageBaseUrl;

    private Builder() {}

    /**
     * A mirror or proxy for pixiv's image hosts (e.g. {@code https://i.pixiv.re}): requests for
     * {@code i.pximg.net} and {@code s.pximg.net} URLs go to its scheme, host and port instead, path
     * unchanged. None by default.
     */
    public Builder imageBaseUrl(String imageBaseUrl) {
      Objects.requireNonNull(imageBaseUrl, "imageBaseUrl == null");
      HttpUrl url = HttpUrl.parse(imageBaseUrl.trim());
      if (url == null) {
        throw new IllegalArgumentException("imageBaseUrl is not an http or https URL: " + imageBaseUrl);
      }
      if (!url.encodedPath().equals("/") || url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("imageBaseUrl must be scheme and host only (path, query and fragment are not swapped): " + url.redact());
      }
      if (url.username().length() > 0 || url.password().length() > 0) {
        throw new IllegalArgumentException("imageBaseUrl must not carry credentials");
      }
      this.imageBaseUrl = url;
      return this;
    }

    /**
     * Where requests go; {@link #DEFAULT_BASE_URL} by default. Any http(s) URL works, e.g. a proxy or
     * a test server. The session cookie is sent to this origin only.
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl.trim());
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + url.redact());
      }
      if (url.username().length() > 0 || url.password().length() > 0) {
        throw new IllegalArgumentException("baseUrl must not carry credentials");
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      this.baseUrl = url;
      return this;
    }

    /** The User-Agent header; a current desktop Chrome by default. */
    public Builder userAgent(String userAgent) {
      this.userAgent = headerValue(userAgent, "userAgent");
      return this;
    }

    /**
     * The Accept-Language header, {@code en} by default. pixiv localizes error messages and tag
     * translations by it (e.g. {@code ja}, {@code zh-CN}).
     */
    public Builder acceptLanguage(String acceptLanguage) {
      this.acceptLanguage = headerValue(acceptLanguage, "acceptLanguage");
      return this;
    }

    /** The credentials; {@link PixivSession#anonymous()} by default. */
    public Builder session(PixivSession session) {
      this.session = Objects.requireNonNull(session, "session == null");
      return this;
    }

    /**
     * A CSRF token for writes, if already known. Without it the client reads one from a pixiv page
     * on the first POST.
     */
    public Builder csrfToken(String csrfToken) {
      Objects.requireNonNull(csrfToken, "csrfToken == null");
      String t = csrfToken.trim();
      if (t.isEmpty()) {
        throw new IllegalArgumentException("csrfToken is blank");
      }
      if (!t.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_')) {
        throw new IllegalArgumentException("csrfToken is malformed: expected letters, digits, '-' or '_'");
      }
      this.csrfToken = t;
      return this;
    }

    /**
     * An {@code OkHttpClient} to build on, sharing its connection pool and dispatcher. It is not
     * modified: the client derives its own with {@code newBuilder()}.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout(timeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout(timeout, "writeTimeout");
      return this;
    }

    /**
     * A limit on each call to pixiv, from the moment the rate limiter grants its permit to the last
     * byte of the body, redirects and retries included; {@link #DEFAULT_CALL_TIMEOUT} (60 s) by
     * default, or the supplied {@code OkHttpClient}'s own when it has one. Zero means none.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout(timeout, "callTimeout");
      return this;
    }

    /**
     * The longest {@code Retry-After} the client waits out, {@link #DEFAULT_MAX_RATE_LIMIT_PAUSE} (15
     * min) by default. When pixiv asks for more, the call fails at once with a {@link
     * PixivRateLimitException} saying how long pixiv asked for, and nothing pauses.
     */
    public Builder maxRateLimitPause(Duration maxPause) {
      Objects.requireNonNull(maxPause, "maxPause == null");
      if (maxPause.isNegative() || maxPause.compareTo(Duration.ofDays(365)) > 0) {
        throw new IllegalArgumentException("maxPause must be in [0, 365 days] but was " + maxPause);
      }
      this.maxRateLimitPause = maxPause;
      return this;
    }

    /**
     * The largest response body read from pixiv, in bytes (after decompression), {@link
     * #DEFAULT_MAX_RESPONSE_SIZE} (32 MiB) by default. Checked against {@code Content-Length} and
     * while reading; a larger body fails with a {@link PixivDecodeException} naming the limit.
     * Other hosts (images on {@code i.pximg.net}) are not limited.
     */
    public Builder maxResponseSize(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseSize must be >= 1024 bytes but was " + bytes);
      }
      this.maxResponseSize = bytes;
      return this;
    }

    /** Opt-in HTTP log with secrets redacted; {@link HttpLogging#NONE} by default. */
    public Builder httpLogging(HttpLogging level) {
      this.httpLogging = Objects.requireNonNull(level, "level == null");
      return this;
    }

    /**
     * Requests per second to pixiv, smoothly paced; {@code 1} by default, which keeps an account well
     * clear of pixiv's limit. {@code 0} turns pacing off (429 pauses still apply).
     */
    public Builder rateLimit(double permitsPerSecond) {
      if (Double.isNaN(permitsPerSecond) || Double.isInfinite(permitsPerSecond) || permitsPerSecond < 0) {
        throw new IllegalArgumentException("permitsPerSecond must be >= 0 and finite but was " + permitsPerSecond);
      }
      this.permitsPerSecond = permitsPerSecond;
      this.limiter = null;
      return this;
    }

    /**
     * A limiter to share with other clients of the same account (pixiv's limit is per account);
     * replaces {@link #rateLimit(double)}.
     */
    public Builder requestLimiter(RequestLimiter limiter) {
      this.limiter = Objects.requireNonNull(limiter, "limiter == null");
      return this;
    }

    public PixivClient build() {
      return new PixivClient(this);
    }

    private static Duration timeout(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + timeout);
      }
      if (timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + " is too large: " + timeout);
      }
      return timeout;
    }

    private static String headerValue(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      String v = value.trim();
      if (v.isEmpty()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if ((c < 0x20 && c != '\t') || c >= 0x7f) {
          throw new IllegalArgumentException(
              name + " has a character not allowed in an HTTP header at index " + i);
        }
      }
      return v;
    }
  }
}
