package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that answers with the wrong shapes, sizes and speeds: every outcome is a typed failure. */
class HostileServerTest {
  MockWebServer server;
  PixivClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  @Test
  void nonEmptyArrayWhereAnObjectIsDeclaredIsADecodeError() {
    server.enqueue(new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":[1,2,3]}"));
    Throwable t = catchThrowable(() -> client.create(TestApi.class).thing(1).blockingGet());
    assertThat(t).isInstanceOf(PixivDecodeException.class).hasMessageContaining("non-empty array");
  }
}
