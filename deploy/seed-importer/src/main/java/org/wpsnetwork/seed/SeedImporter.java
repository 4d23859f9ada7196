package org.wpsnetwork.seed;

import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import tools.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import static org.wpsnetwork.seed.ServiceClient.expect;

/**
 * Loads the network's record through the public HTTP APIs, so that every fact reaches the other services as
 * events. Idempotent: what is already there as the record says is left alone, a second run changes nothing and
 * says so. Stops at the first record a service refuses, naming it and the service's reasons.
 */
public final class SeedImporter {

    /** How long to wait for a service to learn, from the events, of members admitted a moment ago. */
    private static final Duration REPLICATION_WAIT = Duration.ofSeconds(60);

    private final ServiceClient membership;
    private final ServiceClient meetings;
    private final ServiceClient nap;
    private final PrintStream out;

    /** @param accessToken the tools client's tokens ({@link ClientCredentials}): the record is the secretariat's */
    public SeedImporter(URI membershipService, URI meetingsService, URI napService, Supplier<String> accessToken,
                        PrintStream out) {
        this.membership = new ServiceClient("membership-service", membershipService, accessToken);
        this.meetings = new ServiceClient("meetings-service", meetingsService, accessToken);
        this.nap = new ServiceClient("nap-monitoring-service", napService, accessToken);
        this.out = out;
    }

    public ImportSummary run(SeedData data) {
        long started = System.nanoTime();
        out.printf("Loading the network's record: %d members, %d years of roles, %d meetings, %d recommendations, "
                + "%d reference indicators%n", data.members().size(), data.roles().size(), data.meetings().size(),
                data.recommendationCount(), data.referenceIndicators().size());
        ImportSummary.Counts members = importMembers(data.members());
        ImportSummary.Counts roles = importRoles(data.roles());
        MeetingCounts meetingCounts = importMeetings(data.meetings());
        ImportSummary.Counts references = importReferenceIndicators(data.referenceIndicators());
        ImportSummary summary = new ImportSummary(members, roles, meetingCounts.meetings, meetingCounts.attendance,
                meetingCounts.recommendations, meetingCounts.communiques, references,
                Duration.ofNanos(System.nanoTime() - started));
        out.printf(summary.changedAnything() ? "Loaded in %.1f s.%n"
                : "Nothing to change: the record was already loaded (checked in %.1f s).%n",
                summary.took().toMillis() / 1000.0);
        return summary;
    }

    private ImportSummary.Counts importMembers(List<SeedData.Member> members) {
        ImportSummary.Counts counts = new ImportSummary.Counts(0, 0, 0);
        int done = 0;
        for (SeedData.Member member : members) {
            counts = counts.plus(importMember(member));
            progress("members", ++done, members.size(), counts.toString());
        }
        return counts;
    }

    private ImportSummary.Counts importMember(SeedData.Member member) {
        String record = "member " + member.code() + " (members.yaml)";
        ServiceClient.Response current = membership.get("/api/v1/members/" + member.code());
        if (current.status() == 404) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", member.code());
            body.put("name", member.name());
            body.put("type", member.type());
            body.put("region", member.region());
            body.put("joinedOn", member.joinedOn());
            expect(membership.send("POST", "/api/v1/members", body, "Idempotency-Key", "seed-member-" + member.code()),
                    201, membership, record);
            return new ImportSummary.Counts(1, 0, 0);
        }
        expect(current, 200, membership, record);
        JsonNode held = current.body();
        if (!held.path("type").asString().equals(member.type().name())
                || !held.path("joinedOn").asString().equals(member.joinedOn().toString())) {
            throw new ImportRejected("membership-service holds " + record + " as a " + held.path("type").asString()
                    + " that joined on " + held.path("joinedOn").asString() + "; the record says " + member.type()
                    + " joined on " + member.joinedOn() + ", which the API cannot change");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!held.path("name").asString().equals(member.name())) {
            changes.put("name", member.name());
        }
        if (!held.path("region").asString().equals(member.region().name())) {
            changes.put("region", member.region());
        }
        if (changes.isEmpty()) {
            return new ImportSummary.Counts(0, 0, 1);
        }
        expect(membership.send("PATCH", "/api/v1/members/" + member.code(), changes, "If-Match", current.etag()),
                200, membership, record);
        return new ImportSummary.Counts(0, 1, 0);
    }

    private ImportSummary.Counts importRoles(List<SeedData.Year> years) {
        ImportSummary.Counts counts = new ImportSummary.Counts(0, 0, 0);
        int done = 0;
        for (SeedData.Year year : years) {
            String record = "roles of " + year.year() + " (roles.yaml)";
            ServiceClient.Response current = expect(membership.get("/api/v1/network/roles/" + year.year()), 200,
                    membership, record);
            List<RoleAssignment> held = List.of(current.as(RolesOfYear.class).assignments());
            if (new HashSet<>(held).equals(new HashSet<>(year.assignments()))) {
                counts = counts.plus(new ImportSummary.Counts(0, 0, 1));
            } else {
                expect(membership.send("PUT", "/api/v1/network/roles/" + year.year(),
                        Map.of("assignments", year.assignments()), "If-Match", current.etag()), 200, membership, record);
                counts = counts.plus(held.isEmpty() ? new ImportSummary.Counts(1, 0, 0) : new ImportSummary.Counts(0, 1, 0));
            }
            progress("roles", ++done, years.size(), counts.toString());
        }
        return counts;
    }

    private record RolesOfYear(RoleAssignment[] assignments) {
    }

    /** Adds the entries the catalogue lacks; one the secretariat has since revised is left as it is. */
    private ImportSummary.Counts importReferenceIndicators(List<SeedData.ReferenceIndicator> entries) {
        ImportSummary.Counts counts = new ImportSummary.Counts(0, 0, 0);
        for (SeedData.ReferenceIndicator entry : entries) {
            String record = "reference indicator " + entry.code() + " (reference-indicators.yaml)";
            ServiceClient.Response current = nap.get("/api/v1/reference-indicators/" + entry.code());
            if (current.status() == 200) {
                counts = counts.plus(new ImportSummary.Counts(0, 0, 1));
            } else {
                expect(current, 404, nap, record);
                expect(nap.send("POST", "/api/v1/reference-indicators", entry), 201, nap, record);
                counts = counts.plus(new ImportSummary.Counts(1, 0, 0));
            }
        }
        progress("reference indicators", entries.size(), entries.size(), counts.toString());
        return counts;
    }

    private static final class MeetingCounts {
        ImportSummary.Counts meetings = new ImportSummary.Counts(0, 0, 0);
        int attendance;
        int recommendations;
        int communiques;

        @Override
        public String toString() {
            return meetings + "; " + attendance + " attendance lists, " + recommendations + " recommendations, "
                    + communiques + " communiqués recorded";
        }
    }

    private MeetingCounts importMeetings(List<SeedData.Meeting> list) {
        MeetingCounts counts = new MeetingCounts();
        int done = 0;
        for (SeedData.Meeting meeting : list) {
            importMeeting(meeting, counts);
            progress("meetings", ++done, list.size(), counts.toString());
        }
        return counts;
    }

    private void importMeeting(SeedData.Meeting meeting, MeetingCounts counts) {
        String record = "meeting " + meeting.id() + " (meetings.yaml)";
        String path = "/api/v1/meetings/" + meeting.id();
        ServiceClient.Response current = meetings.get(path);
        if (current.status() == 404) {
            current = expect(untilMembersKnown(() -> meetings.send("POST", "/api/v1/meetings", scheduleBody(meeting),
                    "Idempotency-Key", "seed-meeting-" + meeting.id())), 201, meetings, record);
            counts.meetings = counts.meetings.plus(new ImportSummary.Counts(1, 0, 0));
        } else {
            expect(current, 200, meetings, record);
            requireSameFacts(meeting, current.as(MeetingSnapshot.class), record);
            counts.meetings = counts.meetings.plus(new ImportSummary.Counts(0, 0, 1));
        }
        MeetingSnapshot held = current.as(MeetingSnapshot.class);
        String etag = current.etag();
        if (meeting.attendance() != null) {
            List<String> codes = meeting.attendance().memberCodes();
            if (!held.attendanceRecorded() || !new HashSet<>(held.attendees()).equals(new HashSet<>(codes))) {
                String attendanceEtag = etag;
                etag = expect(untilMembersKnown(() -> meetings.send("PUT", path + "/attendance",
                        Map.of("memberCodes", codes), "If-Match", attendanceEtag)), 200, meetings,
                        "attendance of " + record).etag();
                counts.attendance++;
            }
        }
        for (Recommendation recommendation : meeting.recommendationList()) {
            Optional<Recommendation> existing = held.recommendations().stream()
                    .filter(r -> r.id().equals(recommendation.id())).findFirst();
            String what = "recommendation " + recommendation.id() + " of " + record;
            if (existing.isPresent()) {
                if (!existing.get().equals(recommendation)) {
                    throw new ImportRejected("meetings-service holds " + what + " with other content, and adopted "
                            + "recommendations cannot change");
                }
                continue;
            }
            etag = expect(meetings.send("POST", path + "/recommendations", recommendation, "If-Match", etag), 201,
                    meetings, what).etag();
            counts.recommendations++;
        }
        if (meeting.communiqueAdoptedOn() != null && held.communiqueAdoptedOn() == null) {
            expect(meetings.send("POST", path + "/communique", Map.of("adoptedOn", meeting.communiqueAdoptedOn()),
                    "If-Match", etag), 200, meetings, "communiqué of " + record);
            counts.communiques++;
        } else if (!Objects.equals(meeting.communiqueAdoptedOn(), held.communiqueAdoptedOn())) {
            throw new ImportRejected("meetings-service holds the communiqué of " + record + " as adopted on "
                    + held.communiqueAdoptedOn() + "; the record says " + meeting.communiqueAdoptedOn());
        }
    }

    private static Map<String, Object> scheduleBody(SeedData.Meeting meeting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", meeting.id());
        body.put("kind", meeting.kind());
        body.put("ordinal", meeting.ordinal());
        body.put("title", meeting.title());
        body.put("theme", meeting.theme());
        body.put("startDate", meeting.startDate());
        body.put("endDate", meeting.endDate());
        body.put("datePrecision", meeting.datePrecision());
        body.put("city", meeting.city());
        body.put("countryCode", meeting.countryCode());
        body.put("hostCodes", meeting.hostCodes());
        body.put("coChairCodes", meeting.coChairCodes());
        body.put("status", meeting.status());
        body.put("statedFigures", meeting.statedFigures());
        body.values().removeIf(Objects::isNull);
        return body;
    }

    /** The API has no way to change a meeting's facts, so a difference can only be reported. */
    private static void requireSameFacts(SeedData.Meeting meeting, MeetingSnapshot held, String record) {
        DatePrecision precision = meeting.datePrecision() == null ? DatePrecision.DAY : meeting.datePrecision();
        boolean same = held.kind() == meeting.kind() && Objects.equals(held.ordinal(), meeting.ordinal())
                && held.title().equals(meeting.title()) && Objects.equals(held.theme(), meeting.theme())
                && held.startDate().equals(meeting.startDate()) && held.endDate().equals(meeting.endDate())
                && held.datePrecision() == precision && Objects.equals(held.city(), meeting.city())
                && Objects.equals(held.countryCode(), meeting.countryCode())
                && held.hostCodes().equals(meeting.hostCodes()) && held.coChairCodes().equals(meeting.coChairCodes())
                && held.status() == meeting.status()
                && held.statedFigures().equals(meeting.statedFigures() == null ? List.of() : meeting.statedFigures());
        if (!same) {
            throw new ImportRejected("meetings-service holds " + record + " with other facts than the record "
                    + "(dates, place, hosts, status or figures), which the API cannot change");
        }
    }

    /** Retries while the service answers that members are unknown: it learns them from events, a moment later. */
    private ServiceClient.Response untilMembersKnown(Supplier<ServiceClient.Response> request) {
        return ServiceClient.retryWhile(ServiceClient.UNKNOWN_MEMBERS, REPLICATION_WAIT,
                () -> out.println("  waiting for meetings-service to learn of the members just admitted..."), request);
    }

    private void progress(String kind, int done, int total, String counts) {
        if (done == total || done % 25 == 0) {
            out.printf("  %-9s %3d/%-3d %s%n", kind, done, total, counts);
        }
    }
}
