package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** pixiv's paging semantics: p with lastPage/isLastPage, offset/limit with total, lastId, ranking's next. */
class FakePixivPagingTest extends FakePixivTestBase {
  @Test
  void searchPagesEndAtLastPage() {
    String path = "ajax/search/manga/" + Http.enc("原神") + "?word=" + Http.enc("原神") + "&order=date_d&mode=all&p=";
    JsonNode first = http.get(path + 1).body().get("manga");
    int total = first.get("total").asInt();
    int lastPage = first.get("lastPage").asInt();
    assertThat(lastPage).isEqualTo((total + 59) / 60);
    JsonNode last = http.get(path + lastPage).body().get("manga");
    int ads = last.get("data").findParents("isAdContainer").size();
    assertThat(ads).isEqualTo(1);
    assertThat(last.get("data").size() - ads).isEqualTo(total - (lastPage - 1) * 60);
    assertThat(http.get(path + (lastPage + 1)).body().get("manga").get("data")).isEmpty();
    JsonNode oldestFirst = http.get(path.replace("date_d", "date") + 1).body().get("manga").get("data");
    assertThat(oldestFirst.get(0).get("id").asLong()).isLessThan(first.get("data").get(0).get("id").asLong());
  }

  @Test
  void feedPagesEndWithIsLastPage() {
    Set<Long> seen = new HashSet<>();
    int p = 1;
    while (true) {
      JsonNode page = http.login("ajax/mypixiv_latest/illust?p=" + p).body().get("page");
      page.get("ids").forEach(id -> assertThat(seen.add(id.asLong())).isTrue());
      if (page.get("isLastPage").asBoolean()) {
        break;
      }
      assertThat(page.get("ids")).hasSize(FeedRoutes.PER_PAGE);
      p++;
    }
    assertThat(seen).isNotEmpty();
    assertThat(http.login("ajax/mypixiv_latest/illust?p=" + (p + 1)).body().get("page").get("ids")).isEmpty();
  }

  @Test
  void offsetLimitListsCarryTotal() {
    JsonNode first = http.login("ajax/user/1/followers?offset=0&limit=100").body();
    int total = first.get("total").asInt();
    assertThat(first.get("users")).hasSize(100);
    JsonNode tail = http.login("ajax/user/1/followers?offset=" + (total - 1) + "&limit=100").body();
    assertThat(tail.get("users")).hasSize(1);
    assertThat(http.login("ajax/user/1/followers?offset=" + total + "&limit=100").body().get("users")).isEmpty();
  }

  @Test
  void rankingHas500EntriesAndNextFalseOnTheLastPage() {
    JsonNode first = http.get("ranking.php?format=json&mode=daily&content=illust&p=1").json();
    assertThat(first.has("error")).isFalse();
    assertThat(first.get("rank_total").asInt()).isEqualTo(Rankings.SIZE);
    assertThat(first.get("contents")).hasSize(Rankings.PER_PAGE);
    assertThat(first.get("prev").asBoolean()).isFalse();
    assertThat(first.get("next").asInt()).isEqualTo(2);
    assertThat(first.get("contents").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("contents").get(0).get("illust_type").asText()).isEqualTo("0");
    JsonNode last = http.get("ranking.php?format=json&mode=daily&content=illust&p=10").json();
    assertThat(last.get("next").isBoolean()).isTrue();
    assertThat(last.get("next").asBoolean()).isFalse();
    assertThat(last.get("prev").asInt()).isEqualTo(9);
    assertThat(last.get("contents").get(49).get("rank").asInt()).isEqualTo(500);
    assertThat(http.get("ranking.php?format=json&mode=daily&content=illust&p=11").status()).isEqualTo(404);
    JsonNode older = http.get("ranking.php?format=json&mode=weekly&content=all&date=" + first.get("prev_date").asText()).json();
    assertThat(older.get("next_date").asText()).isEqualTo(first.get("date").asText());
  }

  @Test
  void illustNewWalksBackWithLastId() {
    long lastId = 0;
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      JsonNode body = http.get("ajax/illust/new?lastId=" + lastId + "&limit=20&type=illust&r18=false").body();
      JsonNode illusts = body.get("illusts");
      assertThat(illusts).hasSize(20);
      for (JsonNode work : illusts) {
        long id = work.get("id").asLong();
        assertThat(id).isLessThan(previous);
        assertThat(work.get("type").asText()).isNotEqualTo("manga");
        previous = id;
      }
      assertThat(body.get("lastId").asLong()).isEqualTo(previous);
      lastId = previous;
    }
    assertThat(http.get("ajax/illust/new?lastId=1&limit=20").body().get("illusts")).isEmpty();
  }

  @Test
  void commissionListsPageWithPager() {
    JsonNode page = http.get("ajax/commission/page/request/in_progress/all?mode=all&p=1").body().get("page");
    assertThat(page.get("requestIds")).hasSize(24);
    assertThat(page.get("pager").get("hasNextPage").asBoolean()).isTrue();
    int last = (FakeData.IN_PROGRESS_REQUESTS + 23) / 24;
    JsonNode end = http.get("ajax/commission/page/request/in_progress/all?mode=all&p=" + last).body().get("page");
    assertThat(end.get("pager").get("hasNextPage").asBoolean()).isFalse();
  }
}
