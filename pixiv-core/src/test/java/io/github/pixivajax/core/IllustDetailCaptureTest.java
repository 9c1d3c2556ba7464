package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.IllustType;
import java.time.OffsetDateTime;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class IllustDetailCaptureTest extends MockPixivTest {
  @Override
  protected boolean loggedIn() {
    return false;
  }

  @Test
  void illustDecodesSeedCapture() throws Exception {
    server.enqueue(new MockResponse().setBody(Fixtures.seedBuffer("ajax/illust/100412238.json")));
    IllustDetail d = client.artworks().illust(100412238).blockingGet();

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/ajax/illust/100412238");
    assertThat(r.getHeader("Referer")).isEqualTo("https://www.pixiv.net/artworks/100412238");

    assertThat(d.id()).isEqualTo("100412238");
    assertThat(d.title()).isEqualTo("ウタゲ＆シデロカ");
    assertThat(d.description()).startsWith("サンオイルを塗りたい前衛オペレーターTOP2");
    assertThat(d.illustType()).isEqualTo(IllustType.ILLUST);
    assertThat(d.createDate()).isEqualTo(OffsetDateTime.parse("2022-08-11T14:46:14+00:00"));
    assertThat(d.uploadDate()).isEqualTo(OffsetDateTime.parse("2022-08-11T14:46:14+00:00"));
    assertThat(d.restrict()).isZero();
    assertThat(d.xRestrict()).isZero();
    assertThat(d.sl()).isEqualTo(6);
    assertThat(d.urls().original()).isEqualTo("https://i.pximg.net/img-original/img/2022/08/11/23/46/14/100412238_p0.png");
    assertThat(d.urls().mini()).endsWith("100412238_p0_square1200.jpg");
    assertThat(d.urls().regular()).isEqualTo("https://i.pximg.net/img-master/img/2022/08/11/23/46/14/100412238_p0_master1200.jpg");
    assertThat(d.tags().authorId()).isEqualTo("47196062");
    assertThat(d.tags().tags()).hasSize(7);
    assertThat(d.tags().tags().get(0).tag()).isEqualTo("明日方舟");
    assertThat(d.tags().tags().get(0).locked()).isTrue();
    assertThat(d.tags().tags().get(2).tag()).isEqualTo("Arknights");
    assertThat(d.storableTags()).hasSize(7).startsWith("EZQqoW9r8g");
    assertThat(d.userId()).isEqualTo("47196062");
    assertThat(d.userName()).isEqualTo("360");
    assertThat(d.userAccount()).isEqualTo("360px");
    assertThat(d.width()).isEqualTo(2476);
    assertThat(d.height()).isEqualTo(3541);
    assertThat(d.pageCount()).isEqualTo(1);
    assertThat(d.bookmarkCount()).isEqualTo(4011);
    assertThat(d.likeCount()).isEqualTo(2445);
    assertThat(d.commentCount()).isEqualTo(15);
    assertThat(d.viewCount()).isEqualTo(11422);
    assertThat(d.liked()).isFalse();
    assertThat(d.bookmarkable()).isTrue();
    assertThat(d.bookmarkData()).isNull();
    assertThat(d.unlisted()).isFalse();
    assertThat(d.userIllusts()).hasSize(53).containsKey("89817957");
    assertThat(d.userIllusts().get("89817957")).isNull();
    assertThat(d.userIllusts().get("98556406").title()).isEqualTo("トギフォンス");
    assertThat(d.userIllusts().get("98556406").tags()).contains("アークナイツ");
    assertThat(d.other()).containsKeys("noLoginData", "zoneConfig", "extraData");
  }
}
