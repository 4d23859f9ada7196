package org.wpsnetwork.meetings.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.NetworkFigure;
import org.wpsnetwork.contracts.meetings.StatedFigure;

import java.time.LocalDate;
import java.util.List;

/**
 * Puts a meeting on the record. Optional: ordinal, theme, city, countryCode, datePrecision (DAY), hostCodes,
 * coChairCodes, status (HELD when it has ended, else PLANNED) and statedFigures.
 */
public record ScheduleMeetingRequest(
        @NotNull @Size(max = 60) @Pattern(regexp = MeetingIds.PATTERN, message = MeetingIds.MESSAGE) String id,
        @NotNull MeetingKind kind,
        @Min(1) @Max(100) Integer ordinal,
        @NotBlank @Size(max = 300) String title,
        @Size(min = 1, max = 300) String theme,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        DatePrecision datePrecision,
        @Size(min = 1, max = 100) String city,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 country code") String countryCode,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z]{2,10}", message = "must be 2 to 10 upper-case letters")
                String> hostCodes,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z]{2,10}", message = "must be 2 to 10 upper-case letters")
                String> coChairCodes,
        MeetingStatus status,
        @Size(max = 50) List<@NotNull @Valid Figure> statedFigures) {

    /** A figure the meeting's document states, e.g. {figure: MEMBERS, value: 80, qualifier: MORE_THAN}. */
    public record Figure(@NotNull NetworkFigure figure, @NotNull @PositiveOrZero Integer value,
                         @NotNull StatedFigure.Qualifier qualifier, @NotNull LocalDate asOf) {

        StatedFigure toStated() {
            return new StatedFigure(figure, value, qualifier, asOf);
        }
    }
}
