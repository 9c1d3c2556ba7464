package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.observers.TestObserver;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** A call subscribed on one of RxJava's non-blocking threads moves to io(); elsewhere it stays put. */
class CallThreadTest {
  public static class NonBlocking extends Thread implements io.reactivex.rxjava3.internal.schedulers.NonBlockingThread {
    public NonBlocking(Runnable r) {
      super(r, "non-blocking-test");
    }
  }

  public static class Plain extends Thread {
    public Plain(Runnable r) {
      super(r, "plain-test");
    }
  }

  /** The name of the thread the HTTP call ran on, when subscribed from a new thread of {@code threadType}. */
  private static String callThread(Class<?> threadType) throws Exception {
    AtomicReference<String> ranOn = new AtomicReference<>();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":{\"id\":\"5\"}}"));
      OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
        ranOn.set(Thread.currentThread().getName());
        return chain.proceed(chain.request());
      }).build();
      try (PixivClient client = PixivClient.builder().rateLimit(0).okHttpClient(http).baseUrl(server.url("/").toString()).build()) {
        TestObserver<io.github.pixivajax.core.model.IllustDetail> observer = new TestObserver<>();
        var constructor = FreshClass.of(threadType).getConstructor(Runnable.class);
        constructor.setAccessible(true);
        Thread t = (Thread) constructor.newInstance((Runnable) () -> client.artworks().illust(5).subscribe(observer));
        t.start();
        t.join(10_000);
        assertThat(observer.await(10, TimeUnit.SECONDS)).isTrue();
        observer.assertComplete();
      }
    }
    return ranOn.get();
  }

  @Test
  void callsFromNonBlockingThreadsRunOnIo() throws Exception {
    assertThat(callThread(NonBlocking.class)).startsWith("RxCachedThreadScheduler");
  }

  @Test
  void callsFromOtherThreadsRunOnTheCaller() throws Exception {
    assertThat(callThread(Plain.class)).isEqualTo("plain-test");
  }
}
