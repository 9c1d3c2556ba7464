package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.PixivNetworkException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.internal.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * TEMPORARY (phase 1 of the ugoira issue): fetches an ugoira zip the way pixiv's image host wants —
 * {@code Referer: https://www.pixiv.net/}, no cookie — streamed to a temp file and renamed when
 * complete. To be replaced by the download API of the downloads issue (area/dl), which adds the
 * image-host override, resume, retries and typed 403/404 errors.
 */
final class UgoiraZipFetch {
  private static final String UA =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

  private UgoiraZipFetch() {}

  /** Saves {@code url} to {@code target}; returns its size in bytes. */
  static long fetch(String url, Path target) {
    // A client of its own: the pixiv client's would send the session to a loopback fake on the same origin.
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder().url(url)
        .header("Referer", "https://www.pixiv.net/")
        .header("User-Agent", UA)
        .build();
    String endpoint = "GET " + url;
    try {
      Path temp = AtomicFiles.tempBeside(target);
      try (Response response = http.newCall(request).execute()) {
        ResponseBody body = response.body();
        if (response.code() == 404) {
          throw new PixivNotFoundException(404, "GET", request.url().encodedPath(), "the ugoira zip is gone", "");
        }
        if (response.code() == 403) {
          throw new PixivAuthException(403, "GET", request.url().encodedPath(), "the image host refused the zip", "");
        }
        if (!response.isSuccessful() || body == null) {
          throw new PixivApiException(response.code(), "GET", request.url().encodedPath(), null, "");
        }
        try (InputStream in = body.byteStream()) {
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        long expected = body.contentLength();
        long size = Files.size(temp);
        if (expected >= 0 && size != expected) {
          throw new PixivException(endpoint + ": got " + size + " of " + expected + " bytes");
        }
        AtomicFiles.publish(temp, target);
        return size;
      } catch (IOException | RuntimeException e) {
        AtomicFiles.discard(temp, e);
        throw e;
      }
    } catch (IOException e) {
      throw new PixivNetworkException(endpoint, e);
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
