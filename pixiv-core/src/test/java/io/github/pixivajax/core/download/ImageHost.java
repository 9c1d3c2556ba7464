package io.github.pixivajax.core.download;

import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/** Test helper: a {@link MockWebServer} as pixiv's image host. */
final class ImageHost {
  private ImageHost() {}

  /**
   * Serves {@code files} by path, GET and HEAD (with the length), 404 for anything else; counts every
   * request into {@code seen} by {@code "METHOD path"}.
   */
  static void serve(MockWebServer images, Map<String, byte[]> files, Map<String, Integer> seen) {
    images.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        seen.merge(r.getMethod() + " " + r.getPath(), 1, Integer::sum);
        byte[] b = files.get(r.getPath());
        if (b == null) {
          return new MockResponse().setResponseCode(404);
        }
        return r.getMethod().equals("HEAD")
            ? new MockResponse().setHeader("Content-Length", b.length)
            : new MockResponse().setBody(new Buffer().write(b));
      }
    });
  }
}
