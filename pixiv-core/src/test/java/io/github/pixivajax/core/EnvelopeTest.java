package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.IllustType;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class EnvelopeTest extends MockPixivTest {
  @Override
  protected boolean loggedIn() {
    return false;
  }

  TestApi.Thing thing(String json) {
    server.enqueue(new MockResponse().setBody(json));
    return client.create(TestApi.class).thing(1).blockingGet();
  }

  @Test
  void missingMessageIsFine() {
    assertThat(thing("{\"error\":false,\"body\":{\"id\":\"1\",\"count\":3}}").count()).isEqualTo(3);
  }

  @Test
  void emptyArrayBodyWhereObjectDeclaredDecodesAsEmptyObject() {
    TestApi.Thing t = thing("{\"error\":false,\"message\":\"\",\"body\":[]}");
    assertThat(t.id()).isNull();
    assertThat(t.count()).isZero();
  }

  @Test
  void emptyArrayForAMapFieldDecodesAsEmptyMap() {
    assertThat(thing("{\"error\":false,\"body\":{\"id\":\"1\",\"map\":[]}}").map()).isEmpty();
  }

  @Test
  void nullBodyDecodesAsEmptyObject() {
    assertThat(thing("{\"error\":false,\"body\":null}").count()).isZero();
  }

  @Test
  void utf8BomIsSkipped() {
    byte[] json = "{\"error\":false,\"body\":{\"id\":\"7\",\"name\":\"名前\"}}".getBytes(StandardCharsets.UTF_8);
    Buffer b = new Buffer().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).write(json);
    server.enqueue(new MockResponse().setBody(b));
    TestApi.Thing t = client.create(TestApi.class).thing(7).blockingGet();
    assertThat(t.id()).isEqualTo("7");
    assertThat(t.name()).isEqualTo("名前");
  }

  @Test
  void unknownFieldsAreIgnored() {
    TestApi.Thing t = thing("{\"error\":false,\"extra\":{\"x\":[1,2]},\"body\":{\"id\":\"1\",\"brandNew\":{\"deep\":[{}]},\"count\":2}}");
    assertThat(t.count()).isEqualTo(2);
  }

  @Test
  void numbersAsStringsAndTheReverse() {
    TestApi.Thing t = thing("{\"error\":\"false\",\"body\":{\"id\":12,\"count\":\"34\",\"flag\":\"1\",\"list\":[1,\"2\"]}}");
    assertThat(t.id()).isEqualTo("12");
    assertThat(t.count()).isEqualTo(34);
    assertThat(t.flag()).isTrue();
    assertThat(t.list()).containsExactly("1", "2");
  }

  @Test
  void emptyStringAndNullForNumbersAndBooleansBecomeDefaults() {
    TestApi.Thing t = thing("{\"error\":false,\"body\":{\"id\":\"1\",\"count\":\"\",\"flag\":null}}");
    assertThat(t.count()).isZero();
    assertThat(t.flag()).isFalse();
  }

  @Test
  void bodyBeforeErrorFieldIsHandled() {
    assertThat(thing("{\"body\":{\"id\":\"3\"},\"message\":\"\",\"error\":false}").id()).isEqualTo("3");
  }

  @Test
  void listBodyWithNullDecodesAsEmptyList() {
    server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":null}"));
    assertThat(client.create(TestApi.class).things().blockingGet()).isEmpty();
  }

  @Test
  void noEnvelopeEndpointDecodesTheWholeDocument() {
    server.enqueue(new MockResponse().setBody("{\"id\":\"r\",\"next\":false}"));
    TestApi.Doc d = client.create(TestApi.class).plain().blockingGet();
    assertThat(d.id()).isEqualTo("r");
    assertThat(d.next()).isEqualTo(false);
  }

  @Test
  void illustTypeAcceptsNumbersAndStrings() {
    server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\",\"illustType\":\"2\",\"userIllusts\":[],\"likeData\":[],\"newField\":1}}"));
    IllustDetail d = client.artworks().illust(1).blockingGet();
    assertThat(d.illustType()).isEqualTo(IllustType.UGOIRA);
    assertThat(d.userIllusts()).isEmpty();
    assertThat(d.liked()).isFalse();
    assertThat(d.other()).containsEntry("newField", 1);
  }
}
