package io.github.pixivajax.core.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.pixivajax.core.internal.Copies;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pixiv Request (commission): who asked whom for what, at what price, and the work that fulfilled
 * it once complete.
 *
 * @param requestStatus e.g. {@code complete}, {@code inProgress}
 * @param requestPostWorkType {@code illust}, {@code manga}, {@code ugoira} or {@code novel}
 * @param plan the creator's plan, kept as pixiv sends it (titles and descriptions per language)
 * @param other fields this version does not model
 */
public record CommissionRequest(
    String requestId,
    @Nullable String planId,
    @Nullable String fanUserId,
    @Nullable String creatorUserId,
    @Nullable String requestStatus,
    @Nullable String requestPostWorkType,
    long requestPrice,
    @Nullable Proposal requestProposal,
    List<String> requestTags,
    boolean requestAdultFlg,
    boolean requestAnonymousFlg,
    boolean requestRestrictFlg,
    boolean requestAcceptCollaborateFlg,
    @Nullable OffsetDateTime requestResponseDeadlineDatetime,
    @Nullable OffsetDateTime requestPostDeadlineDatetime,
    @Nullable String role,
    @Nullable PostWork postWork,
    @Nullable CollaborateStatus collaborateStatus,
    Map<String, Object> plan,
    @JsonAnySetter Map<String, Object> other) {
  public CommissionRequest {
    requestId = requestId == null ? "" : requestId;
    requestTags = Copies.list(requestTags);
    plan = Copies.map(plan);
    other = Copies.map(other);
  }

  /** The fan's request text, in its original language and in pixiv's translations. */
  public record Proposal(
      @Nullable String requestOriginalProposal,
      @Nullable String requestOriginalProposalHtml,
      @Nullable String requestOriginalProposalLang,
      List<Translation> requestTranslationProposal) {
    public Proposal {
      requestTranslationProposal = Copies.list(requestTranslationProposal);
    }
  }

  public record Translation(
      @Nullable String requestProposal, @Nullable String requestProposalHtml, @Nullable String requestProposalLang) {}

  /** The work posted to fulfil the request. */
  public record PostWork(@Nullable String postWorkId, @Nullable String postWorkType, @Nullable Work work) {}

  /** Visibility of the posted work. */
  public record Work(@JsonProperty("isUnlisted") boolean unlisted, @Nullable String secret) {}

  /** Other fans who joined the request (collaboration), as pixiv reports it. */
  public record CollaborateStatus(
      boolean collaborating,
      boolean collaborateAnonymousFlg,
      int collaboratedCnt,
      List<Map<String, Object>> collaborateUserSamples) {
    public CollaborateStatus {
      collaborateUserSamples = Copies.list(collaborateUserSamples);
    }
  }
}
