package org.wpsnetwork.meetings.meetings;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A meeting's rules, without a database: each change gives the meeting afterwards and the event it produced. */
class MeetingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Recommendation NAPS = new Recommendation("berlin-2018-r1", RecommendationTheme.NATIONAL_ACTION_PLANS,
            Addressee.ALL_MEMBERS, "Members adopt and fund action plans", "para. 4");

    private static ScheduleMeetingRequest request(LocalDate start, LocalDate end, DatePrecision precision,
                                                  List<String> hosts) {
        return new ScheduleMeetingRequest("berlin-2018", MeetingKind.CAPITAL_LEVEL, 3, " Capital-level meeting in Berlin ",
                null, start, end, precision, "Berlin", "DEU", hosts, List.of(), null, null);
    }

    private static Meeting berlin() {
        return Meeting.schedule(request(LocalDate.of(2018, 4, 9), LocalDate.of(2018, 4, 10), null, List.of("DEU")),
                TODAY).state();
    }

    @Test
    void aMeetingThatEndedIsScheduledAsHeldAndOneToComeAsPlanned() {
        assertThat(berlin().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(berlin().title()).isEqualTo("Capital-level meeting in Berlin");
        assertThat(berlin().datePrecision()).isEqualTo(DatePrecision.DAY);
        Meeting next = Meeting.schedule(request(TODAY.plusMonths(3), TODAY.plusMonths(3), null, List.of()), TODAY).state();
        assertThat(next.status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void datesMustFitTheirPrecisionAndCodesMustNotRepeat() {
        assertThat(refused(() -> Meeting.schedule(request(LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 30),
                DatePrecision.MONTH, List.of()), TODAY)).errors()).extracting(FieldViolation::field)
                .containsExactly("datePrecision");
        assertThat(refused(() -> Meeting.schedule(request(LocalDate.of(2018, 4, 10), LocalDate.of(2018, 4, 9), null,
                List.of()), TODAY)).errors()).extracting(FieldViolation::field).containsExactly("endDate");
        ApiProblemException repeated = refused(() -> Meeting.schedule(request(LocalDate.of(2018, 4, 9),
                LocalDate.of(2018, 4, 10), null, List.of("DEU", "NOR", "DEU")), TODAY));
        assertThat(repeated.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(repeated.errors()).extracting(FieldViolation::field).containsExactly("hostCodes[2]");
    }

    @Test
    void attendanceIsKeptSortedTheEventSaysWhoCameAndWhoWasRemovedAndTheSameListChangesNothing() {
        Meeting first = berlin().recordAttendance(List.of("NOR", "ARG"), TODAY).state();

        Change<Meeting> again = first.recordAttendance(List.of("DEU", "ARG"), TODAY);

        assertThat(first.attendees()).containsExactly("ARG", "NOR");
        AttendanceRecorded event = (AttendanceRecorded) again.events().get(0).payload();
        assertThat(event.added()).containsExactly("DEU");
        assertThat(event.removed()).containsExactly("NOR");
        assertThat(again.state().recordAttendance(List.of("DEU", "ARG"), TODAY).changesNothing()).isTrue();
        assertThat(refused(() -> first.recordAttendance(List.of("ARG", "ARG"), TODAY)).type())
                .isEqualTo(ProblemType.INVALID_REQUEST);
        Meeting planned = Meeting.schedule(request(TODAY.plusDays(5), TODAY.plusDays(6), null, List.of()), TODAY).state();
        assertThat(refused(() -> planned.recordAttendance(List.of("ARG"), TODAY)).type())
                .isEqualTo(ProblemType.RULE_VIOLATED);
    }

    @Test
    void anEmptyAttendanceListIsRecordedOnceAndMeansNobodyCame() {
        Change<Meeting> nobody = berlin().recordAttendance(List.of(), TODAY);

        assertThat(nobody.changesNothing()).isFalse();
        assertThat(nobody.state().attendanceRecorded()).isTrue();
        assertThat(nobody.state().recordAttendance(List.of(), TODAY).changesNothing()).isTrue();
    }

    @Test
    void adoptingTheCommuniqueFreezesItsRecommendationsAndHappensOnce() {
        Meeting adopted = berlin().addRecommendation(NAPS).state().adoptCommunique(LocalDate.of(2018, 4, 10), TODAY)
                .state();

        assertThat(adopted.recommendations()).containsExactly(NAPS);
        assertThat(adopted.communiqueAdoptedOn()).isEqualTo(LocalDate.of(2018, 4, 10));
        assertThat(refused(() -> adopted.addRecommendation(NAPS)).type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused(() -> adopted.adoptCommunique(TODAY, TODAY)).type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused(() -> berlin().adoptCommunique(LocalDate.of(2018, 4, 1), TODAY)).errors())
                .extracting(FieldViolation::field).containsExactly("adoptedOn");
    }

    private static ApiProblemException refused(ThrowingCallable change) {
        ApiProblemException problem = catchThrowableOfType(ApiProblemException.class, change);
        assertThat(problem).as("the change is refused").isNotNull();
        return problem;
    }
}
