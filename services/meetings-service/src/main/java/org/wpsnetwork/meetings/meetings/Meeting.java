package org.wpsnetwork.meetings.meetings;

import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.CommuniqueAdopted;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingScheduled;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationAdded;
import org.wpsnetwork.contracts.meetings.StatedFigure;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static org.wpsnetwork.contracts.meetings.MeetingsEvents.ATTENDANCE_RECORDED;
import static org.wpsnetwork.contracts.meetings.MeetingsEvents.COMMUNIQUE_ADOPTED;
import static org.wpsnetwork.contracts.meetings.MeetingsEvents.MEETING_SCHEDULED;
import static org.wpsnetwork.contracts.meetings.MeetingsEvents.RECOMMENDATION_ADDED;

/**
 * A meeting of the network: its facts, who attended, the recommendations of its communiqué and, once adopted,
 * the communiqué's date, which freezes the recommendations. Immutable: every change checks the meeting's rules
 * and returns the meeting as it stands afterwards with the event that says what happened. Whether hosts,
 * co-chairs and attendees were members at the time is for the caller to check against the membership replica.
 *
 * @param ordinal            e.g. 5 for the 5th capital-level meeting; absent where the documents give none
 * @param attendanceRecorded whether an attendance list was recorded (an empty list then means nobody came)
 */
public record Meeting(
        String id,
        MeetingKind kind,
        Integer ordinal,
        String title,
        String theme,
        LocalDate startDate,
        LocalDate endDate,
        DatePrecision datePrecision,
        String city,
        String countryCode,
        List<String> hostCodes,
        List<String> coChairCodes,
        MeetingStatus status,
        List<StatedFigure> statedFigures,
        List<String> attendees,
        boolean attendanceRecorded,
        List<Recommendation> recommendations,
        LocalDate communiqueAdoptedOn) {

    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /**
     * Puts a meeting on the record, HELD when it ended before {@code today} unless the request says otherwise.
     *
     * @throws ApiProblemException 400 for an unknown country or a repeated code, 422 for dates that do not fit
     */
    static Change<Meeting> schedule(ScheduleMeetingRequest request, LocalDate today) {
        List<String> hosts = request.hostCodes() == null ? List.of() : request.hostCodes();
        List<String> coChairs = request.coChairCodes() == null ? List.of() : request.coChairCodes();
        List<FieldViolation> malformed = new ArrayList<>();
        if (request.countryCode() != null && !COUNTRY_CODES.contains(request.countryCode())) {
            malformed.add(FieldViolation.of("countryCode", "is not an ISO 3166-1 alpha-3 country code",
                    request.countryCode()));
        }
        malformed.addAll(FieldViolation.repeatsIn("hostCodes", hosts, Function.identity(), null));
        malformed.addAll(FieldViolation.repeatsIn("coChairCodes", coChairs, Function.identity(), null));
        ApiProblemException.requireWellFormed(malformed);
        DatePrecision precision = request.datePrecision() == null ? DatePrecision.DAY : request.datePrecision();
        MeetingStatus status = request.status() != null ? request.status()
                : request.endDate().isBefore(today) ? MeetingStatus.HELD : MeetingStatus.PLANNED;
        ApiProblemException.requireNoRuleViolated("The meeting's dates do not fit together",
                dateProblems(request.startDate(), request.endDate(), precision, status, today));
        Meeting meeting = new Meeting(request.id(), request.kind(), request.ordinal(), request.title().trim(),
                trimmed(request.theme()), request.startDate(), request.endDate(), precision, trimmed(request.city()),
                request.countryCode(), List.copyOf(hosts), List.copyOf(coChairs), status,
                request.statedFigures() == null ? List.of()
                        : request.statedFigures().stream().map(ScheduleMeetingRequest.Figure::toStated).toList(),
                List.of(), false, List.of(), null);
        return Change.of(meeting, MEETING_SCHEDULED, new MeetingScheduled(meeting.snapshot()));
    }

    /**
     * Replaces the attendance list (kept sorted); the same list again changes nothing. Recording who attended
     * also records that the meeting took place.
     */
    public Change<Meeting> recordAttendance(List<String> memberCodes, LocalDate today) {
        List<FieldViolation> repeated = FieldViolation.repeatsIn("memberCodes", memberCodes, Function.identity(), null);
        if (!repeated.isEmpty()) {
            throw ApiProblemException.invalid("The same member is listed twice", repeated);
        }
        if (startDate.isAfter(today)) {
            throw ApiProblemException.ruleViolated("Attendance can only be recorded once the meeting has started",
                    List.of(FieldViolation.of("memberCodes", "the meeting starts on " + startDate)));
        }
        List<String> sorted = memberCodes.stream().sorted().toList();
        if (attendanceRecorded && sorted.equals(attendees)) {
            return Change.none(this);
        }
        List<String> added = sorted.stream().filter(code -> !attendees.contains(code)).toList();
        List<String> removed = attendees.stream().filter(code -> !sorted.contains(code)).toList();
        Meeting updated = new Meeting(id, kind, ordinal, title, theme, startDate, endDate, datePrecision, city,
                countryCode, hostCodes, coChairCodes, MeetingStatus.HELD, statedFigures, sorted, true,
                recommendations, communiqueAdoptedOn);
        return Change.of(updated, ATTENDANCE_RECORDED, new AttendanceRecorded(updated.snapshot(), added, removed));
    }

    /** Adds a recommendation to the communiqué while it is not adopted. Its id's uniqueness is the caller's. */
    public Change<Meeting> addRecommendation(Recommendation recommendation) {
        if (communiqueAdoptedOn != null) {
            throw ApiProblemException.conflict("The communiqué of " + id + " was adopted on " + communiqueAdoptedOn
                    + "; its recommendations can no longer change");
        }
        List<Recommendation> more = new ArrayList<>(recommendations);
        more.add(recommendation);
        Meeting updated = new Meeting(id, kind, ordinal, title, theme, startDate, endDate, datePrecision, city,
                countryCode, hostCodes, coChairCodes, status, statedFigures, attendees, attendanceRecorded,
                List.copyOf(more), communiqueAdoptedOn);
        return Change.of(updated, RECOMMENDATION_ADDED, new RecommendationAdded(updated.snapshot(), recommendation));
    }

    /** Adopts the communiqué, which freezes its recommendations and records that the meeting took place. */
    public Change<Meeting> adoptCommunique(LocalDate adoptedOn, LocalDate today) {
        if (communiqueAdoptedOn != null) {
            throw ApiProblemException.conflict("The communiqué of " + id + " was already adopted on "
                    + communiqueAdoptedOn);
        }
        List<FieldViolation> broken = new ArrayList<>();
        if (adoptedOn.isBefore(startDate)) {
            broken.add(FieldViolation.of("adoptedOn", "must not be before the meeting started on " + startDate,
                    adoptedOn.toString()));
        }
        if (adoptedOn.isAfter(today)) {
            broken.add(FieldViolation.of("adoptedOn", "must not be in the future", adoptedOn.toString()));
        }
        ApiProblemException.requireNoRuleViolated("The communiqué cannot be adopted on " + adoptedOn, broken);
        Meeting updated = new Meeting(id, kind, ordinal, title, theme, startDate, endDate, datePrecision, city,
                countryCode, hostCodes, coChairCodes, MeetingStatus.HELD, statedFigures, attendees,
                attendanceRecorded, recommendations, adoptedOn);
        return Change.of(updated, COMMUNIQUE_ADOPTED, new CommuniqueAdopted(updated.snapshot(), adoptedOn));
    }

    /** The meeting as its events carry it. */
    MeetingSnapshot snapshot() {
        return new MeetingSnapshot(id, kind, ordinal, title, theme, startDate, endDate, datePrecision, city,
                countryCode, hostCodes, coChairCodes, status, statedFigures, attendees, attendanceRecorded,
                recommendations, communiqueAdoptedOn);
    }

    private static List<FieldViolation> dateProblems(LocalDate start, LocalDate end, DatePrecision precision,
                                                     MeetingStatus status, LocalDate today) {
        List<FieldViolation> broken = new ArrayList<>();
        if (end.isBefore(start)) {
            broken.add(FieldViolation.of("endDate", "must not be before startDate " + start, end.toString()));
        } else if (precision == DatePrecision.MONTH && !(start.getDayOfMonth() == 1
                && end.equals(YearMonth.from(start).atEndOfMonth()))) {
            broken.add(FieldViolation.of("datePrecision", "MONTH needs startDate and endDate to span one whole month, "
                    + "like 2017-04-01 to 2017-04-30", precision.name()));
        } else if (precision == DatePrecision.YEAR && !(start.getDayOfYear() == 1
                && end.equals(LocalDate.of(start.getYear(), 12, 31)))) {
            broken.add(FieldViolation.of("datePrecision", "YEAR needs startDate and endDate to span one whole year, "
                    + "like 2025-01-01 to 2025-12-31", precision.name()));
        }
        if (status == MeetingStatus.HELD && start.isAfter(today)) {
            broken.add(FieldViolation.of("status", "cannot be HELD for a meeting that starts on " + start,
                    status.name()));
        }
        return broken;
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
