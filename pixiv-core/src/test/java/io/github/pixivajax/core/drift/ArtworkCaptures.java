package io.github.pixivajax.core.drift;

import io.github.pixivajax.core.model.IllustDetail;
import java.util.ArrayList;
import java.util.List;

/** Drift cases for the captures of this area; see {@link CaptureCase}. */
final class ArtworkCaptures {
  private ArtworkCaptures() {}

  static List<CaptureCase> cases() {
    return List.of(CaptureCase.of("ajax/illust/100412238.json", IllustDetail.class, v -> {
      IllustDetail d = (IllustDetail) v;
      List<String> ids = new ArrayList<>();
      ids.add(d.id());
      ids.add(d.userId());
      ids.addAll(d.userIllusts().keySet());
      return ids;
    }));
  }
}
