package io.github.pixivajax.core;

import io.github.pixivajax.core.internal.RedisLimiter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RequestLimiter} whose budget lives in Redis, so that every process and machine using the
 * same account shares one rate and one 429 pause. Needs Jedis ({@code redis.clients:jedis}) on the
 * classpath: pixiv-core declares it optional.
 *
 * <pre>{@code
 * try (RedisRequestLimiter limiter = RedisRequestLimiter.builder("redis://localhost:6379/0")
 *         .account(session)          // the budget's identity: hashed, never stored raw
 *         .permitsPerSecond(1)
 *         .build();
 *     PixivClient client = PixivClient.builder().session(session).requestLimiter(limiter).build()) {
 *   ...
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>One budget per account.</b> All state is one Redis hash at {@code keyPrefix +
 *       sha256(account)}: the account's user id when the session names one, else the whole cookie.
 *       Neither the session nor the cookie is ever sent to Redis.
 *   <li><b>Pacing.</b> A Lua script reserves send slots on Redis's clock ({@code TIME}), a GCRA
 *       without burst: however many processes share the key, grants are at least {@code
 *       1/permitsPerSecond} apart, so no second ever holds more than the rate.
 *   <li><b>429.</b> {@link #rateLimited} stores the pause's end and the count of consecutive
 *       throttles in the hash: every process waits until the same instant and the default pause
 *       escalates across processes. A throttle reported while a pause is already in force (a request
 *       that was in flight when it began) neither escalates nor shortens it. {@link #succeeded}
 *       resets the count.
 *   <li><b>Idle keys expire</b> ({@code PEXPIRE}) after {@link Builder#idleExpiry} past the last
 *       slot or pause.
 *   <li><b>Redis unreachable</b>: see {@link WhenUnavailable}; {@link WhenUnavailable#FAIL} by
 *       default. Either way the limiter returns to Redis by itself once it answers again, and the
 *       last pause it learned from Redis keeps holding locally.
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} closes the Redis connections.
 */
public interface RedisRequestLimiter extends RequestLimiter, AutoCloseable {

  /** What {@link #acquire()} does while Redis cannot be reached. */
  enum WhenUnavailable {
    /**
     * Throw {@link PixivLimiterUnavailableException}: nothing is sent while the shared budget is
     * unknown. The safe default: K processes pacing alone would send K times the rate.
     */
    FAIL,
    /**
     * Log a warning and pace locally at the same rate (429 pauses apply locally too), trying Redis
     * again at most once a second. Keeps a single process going; K processes may send up to K times
     * the rate until Redis is back.
     */
    LOCAL
  }

  /**
   * Starts configuring a limiter on the Redis at {@code redisUri}: {@code redis://host[:port][/db]},
   * {@code rediss://} for TLS, optionally with {@code user:password@}.
   *
   * @throws IllegalArgumentException if the URI is not such a URI (the message omits any password)
   */
  static Builder builder(String redisUri) {
    return new Builder(redisUri);
  }

  /** The Redis key holding this account's budget: the prefix and a SHA-256, never the session. */
  String key();

  /** Closes the Redis connections. The Redis state stays (and expires when idle). */
  @Override
  void close();

  /** Configures a {@link RedisRequestLimiter}. Not thread-safe; every setter validates. */
  final class Builder {
    private final URI uri;
    private @Nullable String account;
    private double permitsPerSecond = 1.0;
    private Duration basePause = Duration.ofMinutes(1);
    private Duration maxPause = Duration.ofMinutes(5);
    private String keyPrefix = "pixiv:limiter:";
    private Duration idleExpiry = Duration.ofMinutes(10);
    private Duration timeout = Duration.ofSeconds(2);
    private WhenUnavailable whenUnavailable = WhenUnavailable.FAIL;

    private Builder(String redisUri) {
      this.uri = parse(redisUri);
    }

    /**
     * The account whose budget this is: its user id when the session names one (so that several
     * sessions of one account share a budget), else its cookie. Anonymous sessions share one budget.
     * Required, or {@link #accountId(String)}.
     */
    public Builder account(PixivSession session) {
      Objects.requireNonNull(session, "session == null");
      String cookie = session.cookieHeader();
      this.account = session.userId().map(id -> "user:" + id).orElse(cookie == null ? "anonymous" : "cookie:" + cookie);
      return this;
    }

    /** Any stable name for the account (hashed before use), instead of {@link #account(PixivSession)}. */
    public Builder accountId(String accountId) {
      Objects.requireNonNull(accountId, "accountId == null");
      if (accountId.isBlank()) {
        throw new IllegalArgumentException("accountId is blank");
      }
      this.account = "id:" + accountId;
      return this;
    }

    /**
     * Requests per second for all processes together; {@code 1} by default. {@code 0} turns pacing
     * off and keeps only the shared 429 pause.
     */
    public Builder permitsPerSecond(double permitsPerSecond) {
      if (Double.isNaN(permitsPerSecond) || Double.isInfinite(permitsPerSecond) || permitsPerSecond < 0) {
        throw new IllegalArgumentException("permitsPerSecond must be >= 0 and finite but was " + permitsPerSecond);
      }
      this.permitsPerSecond = permitsPerSecond;
      return this;
    }

    /**
     * The pause without {@code Retry-After}: {@code basePause} times the consecutive throttles
     * (counted across processes), at most {@code maxPause}; one and five minutes by default.
     */
    public Builder pauses(Duration basePause, Duration maxPause) {
      Objects.requireNonNull(basePause, "basePause == null");
      Objects.requireNonNull(maxPause, "maxPause == null");
      if (basePause.isNegative() || maxPause.compareTo(basePause) < 0) {
        throw new IllegalArgumentException("basePause must be >= 0 and maxPause >= basePause");
      }
      this.basePause = basePause;
      this.maxPause = maxPause;
      return this;
    }

    /** Prefix of the Redis key; {@code pixiv:limiter:} by default. */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix == null");
      this.keyPrefix = keyPrefix;
      return this;
    }

    /** How long an unused budget stays in Redis; ten minutes by default, at least one millisecond. */
    public Builder idleExpiry(Duration idleExpiry) {
      Objects.requireNonNull(idleExpiry, "idleExpiry == null");
      if (idleExpiry.toMillis() < 1) {
        throw new IllegalArgumentException("idleExpiry must be at least 1 ms but was " + idleExpiry);
      }
      this.idleExpiry = idleExpiry;
      return this;
    }

    /** Connect and read timeout towards Redis; two seconds by default. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("timeout must be between 1 ms and 24 days but was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** What to do while Redis is unreachable; {@link WhenUnavailable#FAIL} by default. */
    public Builder whenUnavailable(WhenUnavailable policy) {
      this.whenUnavailable = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Builds the limiter. Connects lazily: an unreachable Redis shows on the first use, per {@link
     * #whenUnavailable}.
     *
     * @throws IllegalStateException if no account was given, or Jedis is not on the classpath
     */
    public RedisRequestLimiter build() {
      String a = account;
      if (a == null) {
        throw new IllegalStateException("account not set: call account(PixivSession) or accountId(String)");
      }
      try {
        Class.forName("redis.clients.jedis.RedisClient", false, Builder.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException(
            "RedisRequestLimiter needs Jedis 7 (redis.clients:jedis) on the classpath; pixiv-core declares it optional", e);
      }
      return new RedisLimiter(
          uri, keyPrefix + sha256(a), permitsPerSecond, basePause, maxPause, idleExpiry, timeout,
          whenUnavailable == WhenUnavailable.LOCAL);
    }

    private static String sha256(String s) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }

    private static URI parse(String redisUri) {
      Objects.requireNonNull(redisUri, "redisUri == null");
      URI u;
      try {
        u = new URI(redisUri.trim());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("redisUri is not a URI (expected redis://host:port[/db])");
      }
      String scheme = u.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("redis") || scheme.equalsIgnoreCase("rediss"))) {
        throw new IllegalArgumentException("redisUri must start with redis:// or rediss:// (expected redis://host:port[/db])");
      }
      if (u.getHost() == null) {
        throw new IllegalArgumentException("redisUri has no host (expected redis://host:port[/db])");
      }
      String path = u.getPath();
      if (path != null && !path.isEmpty() && !path.equals("/") && !path.matches("/[0-9]{1,5}")) {
        throw new IllegalArgumentException("redisUri's path must be a database number, like redis://host:6379/0");
      }
      if (u.getQuery() != null || u.getFragment() != null) {
        throw new IllegalArgumentException("redisUri must not have a query or fragment");
      }
      return u;
    }
  }
}
