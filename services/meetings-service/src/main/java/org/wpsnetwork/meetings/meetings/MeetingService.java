package org.wpsnetwork.meetings.meetings;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingScheduled;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.kit.events.NewEvent;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.IdempotentRequest;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.replicas.MemberRules;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.wpsnetwork.contracts.meetings.MeetingsEvents.MEETING_SCHEDULED;

/** Puts meetings on the network's record and reads them back. */
@Service
public class MeetingService {

    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private final AggregateStore<MeetingSnapshot> meetings;
    private final MemberRules members;
    private final Clock clock;

    MeetingService(AggregateStore<MeetingSnapshot> meetings, MemberRules members, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.clock = clock;
    }

    public Created<MeetingSnapshot> schedule(ScheduleMeetingRequest request, IdempotentRequest idempotency) {
        List<String> hosts = request.hostCodes() == null ? List.of() : request.hostCodes();
        List<String> coChairs = request.coChairCodes() == null ? List.of() : request.coChairCodes();
        List<FieldViolation> malformed = new ArrayList<>();
        if (request.countryCode() != null && !COUNTRY_CODES.contains(request.countryCode())) {
            malformed.add(FieldViolation.of("countryCode", "is not an ISO 3166-1 alpha-3 country code",
                    request.countryCode()));
        }
        repeated("hostCodes", hosts, malformed);
        repeated("coChairCodes", coChairs, malformed);
        if (!malformed.isEmpty()) {
            throw ApiProblemException.invalid(malformed.size() == 1 ? malformed.get(0).field() + " "
                    + malformed.get(0).message() : malformed.size() + " fields are invalid", malformed);
        }
        DatePrecision precision = request.datePrecision() == null ? DatePrecision.DAY : request.datePrecision();
        LocalDate today = LocalDate.now(clock);
        MeetingStatus status = request.status() != null ? request.status()
                : request.endDate().isBefore(today) ? MeetingStatus.HELD : MeetingStatus.PLANNED;
        requireConsistentDates(request, precision, status, today);
        members.requireMembersDuring(request.startDate(), request.endDate(),
                new MemberRules.CodeList("hostCodes", hosts), new MemberRules.CodeList("coChairCodes", coChairs));
        MeetingSnapshot meeting = new MeetingSnapshot(request.id(), request.kind(), request.ordinal(),
                request.title().trim(), request.theme() == null ? null : request.theme().trim(), request.startDate(),
                request.endDate(), precision, request.city() == null ? null : request.city().trim(),
                request.countryCode(), List.copyOf(hosts), List.copyOf(coChairs), status,
                request.statedFigures() == null ? List.of()
                        : request.statedFigures().stream().map(ScheduleMeetingRequest.Figure::toStated).toList(),
                List.of(), false, List.of(), null);
        String id = meetings.claimId(idempotency, meeting.id());
        return meetings.create(id, meeting, List.of(NewEvent.of(MEETING_SCHEDULED, new MeetingScheduled(meeting))),
                idempotency);
    }

    public Versioned<MeetingSnapshot> get(String id) {
        return meetings.get(id);
    }

    /** Newest first; a null filter does not filter. */
    public List<Versioned<MeetingSnapshot>> list(Integer year, MeetingKind kind) {
        List<Bson> filters = new ArrayList<>();
        if (year != null) {
            filters.add(Filters.gte("state.startDate", year + "-01-01"));
            filters.add(Filters.lte("state.startDate", year + "-12-31"));
        }
        if (kind != null) {
            filters.add(Filters.eq("state.kind", kind.name()));
        }
        return meetings.findAll(filters.isEmpty() ? Filters.empty() : Filters.and(filters),
                Sorts.orderBy(Sorts.descending("state.startDate"), Sorts.ascending("_id")));
    }

    private static void requireConsistentDates(ScheduleMeetingRequest request, DatePrecision precision,
                                               MeetingStatus status, LocalDate today) {
        List<FieldViolation> broken = new ArrayList<>();
        LocalDate start = request.startDate();
        LocalDate end = request.endDate();
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
        if (!broken.isEmpty()) {
            throw ApiProblemException.ruleViolated("The meeting's dates do not fit together", broken);
        }
    }

    /** Adds a violation for every code that repeats an earlier one in the same list. */
    static void repeated(String field, List<String> codes, List<FieldViolation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                violations.add(FieldViolation.of(field + "[" + i + "]", "repeats an earlier code", codes.get(i)));
            }
        }
    }
}
