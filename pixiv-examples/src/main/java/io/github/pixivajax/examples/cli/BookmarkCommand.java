package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.api.BookmarkAddRequest;
import io.github.pixivajax.core.api.BookmarkRestrict;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bookmark", addMethodSubcommands = false, description = "Bookmark artworks (needs a session).")
final class BookmarkCommand extends Base {
  @Command(description = "Bookmark an artwork.")
  int add(
      @Parameters(paramLabel = "ID") long id,
      @Option(names = "--private", description = "A private bookmark.") boolean isPrivate,
      @Option(names = "--comment", defaultValue = "", description = "Bookmark comment (140 characters at most).") String comment,
      @Option(names = "--tag", description = "Bookmark tag; repeat for several (10 at most).") List<String> tags) {
    BookmarkAddRequest request = BookmarkAddRequest.of(id).withPrivate(isPrivate).withComment(comment)
        .withTags(tags == null ? List.of() : new ArrayList<>(tags));
    return single(root.client().artworks().addBookmark(request));
  }

  @Command(description = "Delete a bookmark by its bookmark id (bookmarkData.id).")
  int delete(@Parameters(paramLabel = "BOOKMARK_ID") long bookmarkId) {
    return single(root.client().artworks().deleteBookmark(bookmarkId));
  }

  @Command(description = "Delete bookmarks by bookmark id.")
  int remove(@Parameters(paramLabel = "BOOKMARK_ID", arity = "1..*") List<String> bookmarkIds) {
    return single(root.client().artworks().removeBookmarks(bookmarkIds));
  }

  @Command(description = "Make bookmarks private (or public with --public).")
  int restrict(
      @Parameters(paramLabel = "BOOKMARK_ID", arity = "1..*") List<String> bookmarkIds,
      @Option(names = "--public", description = "Make them public instead.") boolean makePublic) {
    return single(root.client().artworks().editBookmarkRestrict(bookmarkIds,
        makePublic ? BookmarkRestrict.PUBLIC : BookmarkRestrict.PRIVATE));
  }
}
