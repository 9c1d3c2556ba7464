package io.github.pixivajax.rx;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.rx.internal.Args;
import io.github.pixivajax.rx.internal.Resource;
import io.reactivex.rxjava3.core.Flowable;
import java.util.Map;

/**
 * What an area class (e.g. {@link UserStreams}) needs to declare its streams: the client, and a way
 * to turn a {@link Resource} into a {@link Paged} named after the area and the declaring method.
 */
final class Area {
  final PixivClient client;
  private final String name;
  private final Class<?> type;
  private final Streams streams;

  Area(PixivClient client, Streams streams, String name, Class<?> type) {
    this.client = client;
    this.streams = streams;
    this.name = name;
    this.type = type;
  }

  /**
   * The stream that the area's public method {@code method} returns. {@code args} are that method's
   * arguments in order: a cursor stores them and {@link RxPixiv#resume} calls the method with them.
   */
  <T> Paged<T> paged(String method, Resource<T> resource, Object... args) {
    Map<String, String> params = Args.encode(Args.stream(type, method), args);
    return new Paged<>(streams, name + "." + method, params, resource, resource.start());
  }

  /** A live tail: items only, never ending, not resumable. */
  <T> Flowable<T> live(String method, Resource<T> resource) {
    return streams.items(name + "." + method, Map.of(), resource, resource.start());
  }

  static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1 but was " + value);
    }
  }
}
