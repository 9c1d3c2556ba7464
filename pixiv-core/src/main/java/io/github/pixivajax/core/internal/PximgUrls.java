package io.github.pixivajax.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** pixiv's image URLs: the host swap for mirrors, and originals rebuilt from thumbnails. */
public final class PximgUrls {
  // .../(c/{crop}/)?(img-master|custom-thumb|img-original)/img/Y/M/D/h/m/s/{id}_p{n}(_suffix)?.{ext}
  private static final Pattern IMAGE =
      Pattern.compile("^(?:/c/[^/]+)?/(?:img-master|custom-thumb|img-original)/(img/\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{2}/\\d{2}/)"
          + "(\\d+)_p(\\d+)(?:_[a-z]+1200)?\\.(?:jpe?g|png|gif)$");
  private static final List<String> PROBED = List.of("jpg", "png", "gif");

  private PximgUrls() {}

  /** {@code i.pximg.net} and {@code s.pximg.net}: the hosts a mirror stands in for. */
  public static boolean isImageHost(HttpUrl url) {
    String host = url.host().toLowerCase(Locale.ROOT);
    return host.equals("i.pximg.net") || host.equals("s.pximg.net");
  }

  /** {@code url} with scheme, host and port of {@code base} when it is on an image host. */
  public static HttpUrl rewrite(HttpUrl url, @Nullable HttpUrl base) {
    if (base == null || !isImageHost(url)) {
      return url;
    }
    return url.newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build();
  }

  /**
   * The original's candidate URLs for {@code page} rebuilt from any of the work's image URLs
   * (thumbnail, master, custom thumbnail), in probing order {@code .jpg .png .gif}; empty when the URL
   * has no recognizable date path.
   */
  public static List<String> originals(String anyUrl, int page) {
    HttpUrl url = HttpUrl.parse(anyUrl);
    if (url == null) {
      return List.of();
    }
    Matcher m = IMAGE.matcher(url.encodedPath());
    if (!m.matches()) {
      return List.of();
    }
    String stem = origin(url) + "/img-original/" + m.group(1) + m.group(2) + "_p" + page + ".";
    return PROBED.stream().map(ext -> stem + ext).toList();
  }

  /** The {@code master1200} JPEG of {@code page} rebuilt from any of the work's image URLs, or null. */
  public static @Nullable String master(String anyUrl, int page) {
    HttpUrl url = HttpUrl.parse(anyUrl);
    if (url == null) {
      return null;
    }
    Matcher m = IMAGE.matcher(url.encodedPath());
    if (!m.matches()) {
      return null;
    }
    return origin(url) + "/img-master/" + m.group(1) + m.group(2) + "_p" + page + "_master1200.jpg";
  }

  /** The same URL for another page: {@code _p0} becomes {@code _p{page}}. */
  public static String forPage(String url, int page) {
    return url.replaceFirst("_p\\d+(?=(_[a-z]+1200)?\\.[a-z]+$)", "_p" + page);
  }

  /** The extension of the URL's last path segment, lower case, or {@code bin}. */
  public static String ext(String url) {
    HttpUrl u = HttpUrl.parse(url);
    String path = u == null ? url : u.encodedPath();
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash || dot == path.length() - 1) {
      return "bin";
    }
    String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.matches("[a-z0-9]{1,8}") ? ext : "bin";
  }

  private static String origin(HttpUrl url) {
    boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
    return url.scheme() + "://" + url.host() + (defaultPort ? "" : ":" + url.port());
  }
}
