package org.wpsnetwork.nap.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.nap.CategoryValue;
import org.wpsnetwork.contracts.nap.Completion;
import org.wpsnetwork.contracts.nap.Dimension;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.EvidenceKind;
import org.wpsnetwork.contracts.nap.IndicatorValue;
import org.wpsnetwork.contracts.nap.Narrative;
import org.wpsnetwork.contracts.nap.RecommendationStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress report against a plan: the values its indicators reached in the period and, per recommendation of
 * the network, how far the member has acted on it. {@code demo} marks made-up reports. A correction sends the
 * whole corrected report again, with a {@code reason}. Who submits is the signed-in user: {@code submittedBy} is
 * refused (it used to name them). {@code receivedOn}: the day a report that came by other means was received, which
 * only the secretariat gives when it enters the report on the member's behalf (default: today).
 */
public record ReportRequest(
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @NotNull @Size(max = 200) List<@NotNull @Valid Value> indicatorValues,
        @NotNull @Size(max = 200) List<@NotNull @Valid Status> recommendationStatuses,
        @Null(message = ACTOR_FROM_SIGN_IN) String submittedBy,
        Boolean demo,
        @Size(min = 1, max = 500) String reason,
        @Size(max = MAX_EVIDENCE) List<@NotNull @Valid EvidenceLink> evidence,
        LocalDate receivedOn) {

    /** The most pieces of evidence one report carries. */
    static final int MAX_EVIDENCE = 50;

    /** Why a body may no longer name who acts: changes are recorded under the signed-in user. */
    static final String ACTOR_FROM_SIGN_IN = "is no longer accepted: the signed-in user is recorded as who made the "
            + "change; leave it out";

    /**
     * What one indicator reached, in its kind's form: {@code value} for a number (the total where a breakdown
     * is given; left out, it is the breakdown's sum), {@code achieved} and {@code achievedOn} for YES_NO,
     * {@code stage} for MILESTONE.
     */
    public record Value(@NotBlank @Size(max = 30) String code, BigDecimal value, Boolean achieved,
                        LocalDate achievedOn, @Size(min = 1, max = 100) String stage,
                        @Size(max = MAX_CATEGORIES) List<@NotNull @Valid Category> breakdown,
                        @Size(min = 1, max = 1000) String note) {

        /** Every category of every dimension there is (4 dimensions of at most 4 categories). */
        static final int MAX_CATEGORIES = 16;

        IndicatorValue indicatorValue() {
            return new IndicatorValue(code, value, blankToNull(note), achieved, achievedOn,
                    stage == null ? null : stage.trim(), breakdown == null ? List.of() : breakdown.stream()
                    .map(c -> new CategoryValue(c.dimension(), c.category(), c.value())).toList());
        }
    }

    /**
     * A link that backs the report up ({@code indicatorCode} or {@code recommendationId}: one of its values or
     * statuses; neither: the report as a whole). {@code visibility} defaults to PRIVATE.
     */
    public record EvidenceLink(@NotBlank @Size(max = 200) String title,
                               @NotNull @Size(max = 2000) @Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*",
                                       message = "must be an http or https address") String url,
                               @NotNull EvidenceKind kind, Evidence.Visibility visibility,
                               @Size(max = 30) String indicatorCode,
                               @Size(max = 80) String recommendationId) {

        Evidence evidence() {
            return new Evidence(title.trim(), url, kind, visibility == null ? Evidence.Visibility.PRIVATE : visibility,
                    indicatorCode, recommendationId, null);
        }
    }

    public record Category(@NotNull Dimension dimension, @NotBlank @Size(max = 30) String category,
                           @NotNull BigDecimal value) {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public record Status(
            @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a recommendation id like geneva-2022-8")
            String recommendationId,
            @NotNull Completion completion,
            @Size(min = 1, max = 1000) String note,
            @Valid NarrativeRequest narrative) {

        RecommendationStatus recommendationStatus() {
            return new RecommendationStatus(recommendationId, completion, blankToNull(note),
                    narrative == null ? null : narrative.narrative());
        }
    }

    /**
     * What was done, the obstacles and the next steps, each at most {@link #MAX_PART} characters, in the language
     * {@code language} names (ISO 639-1: en, fr, es…). At least one of the three parts.
     */
    public record NarrativeRequest(@Size(max = MAX_PART) String done, @Size(max = MAX_PART) String obstacles,
                                   @Size(max = MAX_PART) String nextSteps,
                                   @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code "
                                           + "such as en, fr or es") String language) {

        /** The longest part of a narrative, in characters: about a page. */
        static final int MAX_PART = 2000;

        /** Whether it says anything: a narrative of blanks is refused (400). */
        boolean saysNothing() {
            return blankToNull(done) == null && blankToNull(obstacles) == null && blankToNull(nextSteps) == null;
        }

        Narrative narrative() {
            return new Narrative(blankToNull(done), blankToNull(obstacles), blankToNull(nextSteps), language);
        }
    }
}
