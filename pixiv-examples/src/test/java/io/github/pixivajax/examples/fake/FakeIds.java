package io.github.pixivajax.examples.fake;

/** Ids that exist in a fake's data, for tests outside this package. */
public final class FakeIds {
  private FakeIds() {}

  public static long ugoira(FakePixiv fake) {
    FakeData data = new FakeData(fake.options().seed());
    long id = 1;
    while (data.type(id) != FakeData.UGOIRA) {
      id++;
    }
    return id;
  }

  /** A root comment that has replies. */
  public static String rootCommentWithReplies(FakePixiv fake) {
    FakeData data = new FakeData(fake.options().seed());
    Render render = new Render(data);
    for (long artwork = 1; ; artwork++) {
      for (int k = 0; k < data.commentCount(artwork); k++) {
        if (render.hasReplies(artwork, k)) {
          return String.valueOf(artwork * 1000 + k + 1);
        }
      }
    }
  }

  /** Bookmark ids (not artwork ids) of the demo account. */
  public static java.util.List<String> demoBookmarkIds(FakePixiv fake, int count) {
    FakeData data = new FakeData(fake.options().seed());
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (long artwork = 1; ids.size() < count; artwork++) {
      if (data.bookmark(FakeData.DEMO_USER, artwork) != null) {
        ids.add(String.valueOf(FakeData.bookmarkId(FakeData.DEMO_USER, artwork)));
      }
    }
    return ids;
  }

  public static String series(FakePixiv fake) {
    FakeData data = new FakeData(fake.options().seed());
    int series = 0;
    for (int u = 1; series == 0; u++) {
      series = data.seriesOfUser(u);
    }
    return String.valueOf(series);
  }

  public static String unlisted(FakePixiv fake) {
    return new FakeData(fake.options().seed()).unlistedId(77);
  }

  /** An artwork (not ugoira) with at least {@code pages} pages, from {@code from} on. */
  public static long multiPage(FakePixiv fake, int pages, long from) {
    FakeData data = new FakeData(fake.options().seed());
    long id = from;
    while (data.type(id) == FakeData.UGOIRA || data.pageCount(id) < pages) {
      id++;
    }
    return id;
  }

  /** An artwork with exactly one page that is not ugoira, from {@code from} on. */
  public static long singlePage(FakePixiv fake, long from) {
    FakeData data = new FakeData(fake.options().seed());
    long id = from;
    while (data.type(id) == FakeData.UGOIRA || data.pageCount(id) != 1) {
      id++;
    }
    return id;
  }

  public static int pageCount(FakePixiv fake, long id) {
    return new FakeData(fake.options().seed()).pageCount(id);
  }
}
