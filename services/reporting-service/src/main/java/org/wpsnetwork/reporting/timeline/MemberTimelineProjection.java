package org.wpsnetwork.reporting.timeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.meetings.AttendanceRecorded;
import org.wpsnetwork.contracts.meetings.MeetingScheduled;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.FocalPointVacated;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.contracts.nap.ActionPlanChange;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverrideWithdrawn;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverridden;
import org.wpsnetwork.contracts.nap.ProgressReportChange;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each member's history, from membership, meeting and NAP events, one entry per event that concerned it, identified by member and event id so that a
 * redelivered event adds nothing. Entries are sorted when read, so arrival order does not matter.
 */
@Component
public class MemberTimelineProjection implements Projection {

    static final String COLLECTION = "member_timeline";

    private final MongoCollection<Document> timeline;

    MemberTimelineProjection(ViewStore store) {
        this.timeline = store.collection(COLLECTION);
        // A member's timeline, newest first (TimelineController).
        store.index(COLLECTION, Indexes.compoundIndex(Indexes.ascending("memberCode"), Indexes.descending("occurredAt"),
                Indexes.descending("aggregateVersion")), new IndexOptions().name("member_newest_first"));
    }

    @Override
    public String name() {
        return "member-timeline";
    }

    /** A mail the notifications sent to the member, once per notice, in the member's timeline. */
    public void recordNotification(String memberCode, String key, Instant at, String summary) {
        VersionGuard.insertOnce(timeline, List.of(new Document("_id", memberCode + "|notification|" + key)
                .append("memberCode", memberCode).append("occurredAt", Date.from(at))
                .append("eventType", "NotificationSent").append("aggregate", "Notification:" + key)
                .append("aggregateVersion", 1).append("summary", summary).append("by", "WPS notifications")));
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        List<Document> entries = new ArrayList<>();
        List<Integer> firstEntryOf = new ArrayList<>();
        List<Integer> entryCount = new ArrayList<>();
        for (EventEnvelope<?> event : events) {
            List<Document> forEvent = entriesFor(event);
            firstEntryOf.add(entries.size());
            entryCount.add(forEvent.size());
            entries.addAll(forEvent);
        }
        List<Outcome> written = VersionGuard.insertOnce(timeline, entries);
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            List<Outcome> ofEvent = written.subList(firstEntryOf.get(i), firstEntryOf.get(i) + entryCount.get(i));
            outcomes.add(ofEvent.isEmpty() ? Outcome.IGNORED
                    : ofEvent.contains(Outcome.APPLIED) ? Outcome.APPLIED : Outcome.DUPLICATE);
        }
        return outcomes;
    }

    private static List<Document> entriesFor(EventEnvelope<?> event) {
        Object payload = event.payload();
        if (payload instanceof MemberAdmitted admitted) {
            return List.of(entry(event, event.aggregateId(), TimelineSummaries.of(admitted)));
        }
        if (payload instanceof MemberProfileUpdated updated) {
            return List.of(entry(event, event.aggregateId(), TimelineSummaries.of(updated)));
        }
        if (payload instanceof MemberWithdrew withdrew) {
            return List.of(entry(event, event.aggregateId(), TimelineSummaries.of(withdrew)));
        }
        if (payload instanceof FocalPointAppointed appointed) {
            return List.of(entry(event, event.aggregateId(), TimelineSummaries.of(appointed)));
        }
        if (payload instanceof FocalPointVacated vacated) {
            return List.of(entry(event, event.aggregateId(), TimelineSummaries.of(vacated)));
        }
        if (payload instanceof NetworkRolesAssigned roles) {
            return roleEntries(event, roles);
        }
        if (payload instanceof MeetingScheduled scheduled) {
            MeetingSnapshot meeting = scheduled.meeting();
            return meeting.hostCodes().stream()
                    .map(code -> entry(event, code, TimelineSummaries.hosts(meeting))).toList();
        }
        if (payload instanceof IndicatorStatusOverridden || payload instanceof IndicatorStatusOverrideWithdrawn) {
            // The secretariat's own judgement, not an entry made for the member.
            ActionPlanChange judgement = (ActionPlanChange) payload;
            return List.of(entry(event, judgement.plan().memberCode(), TimelineSummaries.of(judgement)));
        }
        if (payload instanceof ActionPlanChange plan) {
            return List.of(memberEntry(event, plan.plan().memberCode(), TimelineSummaries.of(plan)));
        }
        if (payload instanceof ProgressReportReturned || payload instanceof ProgressReportValidated) {
            ProgressReportChange review = (ProgressReportChange) payload;
            return List.of(entry(event, review.report().memberCode(), TimelineSummaries.of(review)));
        }
        if (payload instanceof ProgressReportChange report) {
            return List.of(memberEntry(event, report.report().memberCode(), TimelineSummaries.of(report)));
        }
        if (payload instanceof AttendanceRecorded attendance) {
            List<Document> entries = new ArrayList<>();
            attendance.added().forEach(code -> entries.add(entry(event, code,
                    TimelineSummaries.attended(attendance.meeting()))));
            attendance.removed().forEach(code -> entries.add(entry(event, code,
                    TimelineSummaries.removedFromAttendance(attendance.meeting()))));
            return entries;
        }
        return List.of();
    }

    /** One entry for every member whose roles in that year changed. */
    private static List<Document> roleEntries(EventEnvelope<?> event, NetworkRolesAssigned roles) {
        Set<String> members = new LinkedHashSet<>();
        roles.assignments().forEach(a -> members.add(a.memberCode()));
        roles.previousAssignments().forEach(a -> members.add(a.memberCode()));
        List<Document> entries = new ArrayList<>();
        for (String code : members) {
            List<RoleAssignment> gained = ofMember(roles.assignments(), code);
            List<RoleAssignment> lost = ofMember(roles.previousAssignments(), code);
            List<RoleAssignment> kept = new ArrayList<>(gained);
            kept.retainAll(lost);
            gained.removeAll(kept);
            lost.removeAll(kept);
            if (!gained.isEmpty() || !lost.isEmpty()) {
                entries.add(entry(event, code, TimelineSummaries.ofRoles(roles.year(), gained, lost)));
            }
        }
        return entries;
    }

    private static List<RoleAssignment> ofMember(List<RoleAssignment> assignments, String code) {
        return new ArrayList<>(assignments.stream().filter(a -> a.memberCode().equals(code)).toList());
    }

    /**
     * An entry for a member's own change (recording its plans, submitting and correcting its reports), which says
     * so when the secretariat made it for the member, e.g. entering a report sent by other means.
     */
    private static Document memberEntry(EventEnvelope<?> event, String memberCode, String summary) {
        Document entry = entry(event, memberCode, summary);
        if (event.actor() != null && event.actor().actsOnBehalfOf(memberCode)
                && event.actor().role().equals("secretariat")) {
            entry.append("by", entry.getString("by") + " on behalf of " + memberCode);
        }
        return entry;
    }

    private static Document entry(EventEnvelope<?> event, String memberCode, String summary) {
        Document entry = new Document("_id", memberCode + "|" + event.eventId())
                .append("memberCode", memberCode)
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("eventType", event.eventType())
                .append("aggregate", event.aggregateKey())
                .append("aggregateVersion", event.aggregateVersion())
                .append("summary", summary);
        if (event.correlationId() != null) {
            entry.append("correlationId", event.correlationId());
        }
        if (event.actor() != null) {
            entry.append("by", event.actor().describe());
        }
        return entry;
    }
}
