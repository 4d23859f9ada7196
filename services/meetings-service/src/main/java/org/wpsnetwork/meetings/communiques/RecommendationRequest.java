package org.wpsnetwork.meetings.communiques;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.meetings.meetings.MeetingIds;

/** A recommendation of the meeting's communiqué: a one-sentence summary and where the document says it. */
public record RecommendationRequest(
        @NotNull @Size(max = 60) @Pattern(regexp = MeetingIds.PATTERN, message = MeetingIds.MESSAGE) String id,
        @NotNull RecommendationTheme theme,
        @NotNull Addressee addressee,
        @NotBlank @Size(min = 10, max = 500) String summary,
        @NotBlank @Size(max = 100) String paragraphRef) {
}
