package org.wpsnetwork.reporting.members;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.VersionGuard;
import org.wpsnetwork.reporting.nap.ReportingStatus;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.reporting.calendar.CalendarLines;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.nap.MemberProgress;
import org.wpsnetwork.reporting.nap.NapViews;
import org.wpsnetwork.reporting.nap.ProgressThresholds;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.reporting.network.RolesHeld;
import org.wpsnetwork.reporting.Shares;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-member views, materialised: one document per member, rewritten whenever an event changes something it
 * shows (its member, plans and reports; for meetings and roles, every member's), so that a read is one document.
 * What the calendar alone changes (a report falling due) is rewritten by {@link #refreshAll} on a daily tick,
 * which writes only the views that differ; a view read before the tick reached it is worked out at that read. How
 * fresh the sources are is added at read time.
 */
@Component
public class MemberViews {

    /** NO_EVIDENCE: the member reported nothing on the recommendation. */
    public static final String NO_EVIDENCE = "NO_EVIDENCE";
    static final String COLLECTION = "member_progress";
    private static final String VIEW = "view";
    private static final String ACTIVE = "active";
    private static final String REPORTING_STATUS = "reportingStatus";
    /** The day the view was worked out for: the calendar's statuses hold for that day. */
    private static final String COMPUTED_ON = "computedOn";
    /** How many reporting calendar lines the view wrote, for the next to replace. */
    private static final String CALENDAR_LINES = "calendarLines";
    /** Refreshes of one member never overlap: a later one reads everything an earlier one wrote. */
    private static final int LOCK_STRIPES = 64;

    private final MemberReplica members;
    private final RolesHeld roles;
    private final MeetingReplica meetings;
    private final NapViews nap;
    private final ProjectionCheckpoints checkpoints;
    private final SourceFreshness freshness;
    private final Clock clock;
    private final ProgressThresholds thresholds;
    private final DocumentMapper mapper;
    private final MongoCollection<Document> views;
    private final CalendarLines calendarLines;
    private final Object[] locks = new Object[LOCK_STRIPES];

    MemberViews(MemberReplica members, RolesHeld roles, MeetingReplica meetings, NapViews nap,
                ProjectionCheckpoints checkpoints, SourceFreshness freshness, Clock clock,
                ProgressThresholds thresholds, DocumentMapper mapper, ViewStore store, CalendarLines calendarLines) {
        this.thresholds = thresholds;
        this.freshness = freshness;
        this.members = members;
        this.roles = roles;
        this.meetings = meetings;
        this.nap = nap;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.mapper = mapper;
        this.calendarLines = calendarLines;
        this.views = store.collection(COLLECTION);
        store.index(COLLECTION, Indexes.ascending(ACTIVE, "_id"), new IndexOptions().name("active"));
        store.index(COLLECTION, Indexes.ascending(REPORTING_STATUS), new IndexOptions().name("reporting_status"));
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** The member's view as last materialised, with how fresh its sources are now. */
    public Optional<MemberView> of(String code) {
        Document stored = views.find(Filters.eq("_id", code)).first();
        if (stored == null || !LocalDate.now(clock).toString().equals(stored.getString(COMPUTED_ON))) {
            // Not materialised yet (views kept from a build that did not materialise them), or worked out on an
            // earlier day, before the calendar moved: made now, so that a read never waits for the daily tick.
            refresh(List.of(code));
            stored = views.find(Filters.eq("_id", code)).first();
        }
        return Optional.ofNullable(stored).map(this::read);
    }

    /**
     * Every active member's view, by code, without the freshness of its sources: what the network-wide views and
     * the notifications are made of.
     */
    public List<MemberView> active() {
        List<MemberView> found = new ArrayList<>();
        views.find(Filters.eq(ACTIVE, true)).sort(Sorts.ascending("_id")).forEach(d -> found.add(stored(d)));
        return found;
    }

    /** The codes of the active members with this reporting status (a name of {@link ReportingStatus#nameOf}). */
    public Set<String> withReportingStatus(String status) {
        Set<String> codes = new HashSet<>();
        views.find(Filters.and(Filters.eq(ACTIVE, true), Filters.eq(REPORTING_STATUS, status)))
                .projection(new Document("_id", 1)).forEach(d -> codes.add(d.getString("_id")));
        return codes;
    }

    /** Rewrites the views of these members from their sources; answers how many differed. */
    public int refresh(Collection<String> codes) {
        if (codes.isEmpty()) {
            return 0;
        }
        List<MeetingSnapshot> allMeetings = meetings.all();
        LocalDate today = LocalDate.now(clock);
        int changed = 0;
        for (String code : new TreeSet<>(codes)) {
            synchronized (locks[Math.floorMod(code.hashCode(), locks.length)]) {
                changed += write(code, allMeetings, today) ? 1 : 0;
            }
        }
        return changed;
    }

    /** Rewrites every member's view where it differs from its sources today (the calendar moves without events). */
    public int refreshAll() {
        Set<String> codes = new TreeSet<>();
        members.list(null, null, null).forEach(m -> codes.add(m.code()));
        views.find().projection(new Document("_id", 1)).forEach(d -> codes.add(d.getString("_id")));
        return refresh(codes);
    }

    private boolean write(String code, List<MeetingSnapshot> allMeetings, LocalDate today) {
        Optional<MemberReplica.Replicated> replicated = members.find(code);
        Document before = views.find(Filters.eq("_id", code)).first();
        int linesBefore = before == null ? 0 : before.getInteger(CALENDAR_LINES, 0);
        if (replicated.isEmpty()) {
            views.deleteOne(Filters.eq("_id", code));
            calendarLines.replace(code, linesBefore, null, List.of());
            return before != null;
        }
        MemberView view = assemble(replicated.get().member(), allMeetings, today);
        boolean active = view.member().status() == MemberStatus.ACTIVE;
        Document document = new Document("_id", code)
                .append(VIEW, mapper.toDocument(view))
                .append(ACTIVE, active)
                .append(REPORTING_STATUS, ReportingStatus.nameOf(view.reportingStatus()))
                .append(COMPUTED_ON, today.toString())
                .append(CALENDAR_LINES, active ? view.reportingCalendar().size() : 0)
                .append(VersionGuard.LAST_EVENT_AT, replicated.get().lastEventAt() == null ? null
                        : Date.from(replicated.get().lastEventAt()));
        if (document.equals(before)) {
            return false;
        }
        views.replaceOne(Filters.eq("_id", code), document, new ReplaceOptions().upsert(true));
        calendarLines.replace(code, linesBefore, view.member(), active ? view.reportingCalendar() : List.of());
        return true;
    }

    private MemberView assemble(MemberSnapshot member, List<MeetingSnapshot> allMeetings, LocalDate today) {
        NapViews.Nap found = nap.of(member.code());
        MemberProgress progress = MemberProgress.of(found.plans(), found.reports(), today, thresholds);
        return new MemberView(member, roles.byMember(member.code()), attendance(member, allMeetings),
                progress.plans(), progress.indicators(), recommendations(member, allMeetings, progress.recommendations()),
                progress.lastReportDate(), progress.reportingStatus(), progress.reportingCalendar(),
                progress.reporting(), progress.includesDemoData(), found.skipped(), List.of(), null);
    }

    private MemberView stored(Document stored) {
        return mapper.fromDocument(stored.get(VIEW, Document.class), MemberView.class);
    }

    private MemberView read(Document stored) {
        MemberView view = stored(stored);
        Date lastEventAt = stored.getDate(VersionGuard.LAST_EVENT_AT);
        return view.freshAt(freshness.sources(),
                checkpoints.asOf(lastEventAt == null ? null : lastEventAt.toInstant()).orElse(null));
    }

    static MemberView.MeetingsAttended attendance(MemberSnapshot member, List<MeetingSnapshot> meetings) {
        List<String> attended = new ArrayList<>();
        int held = 0;
        int attendedOfHeld = 0;
        for (MeetingSnapshot meeting : meetings) {
            boolean present = meeting.attendees().contains(member.code());
            if (present) {
                attended.add(meeting.id());
            }
            if (couldHaveAttended(member, meeting)) {
                held++;
                attendedOfHeld += present ? 1 : 0;
            }
        }
        Double rate = Shares.of(attendedOfHeld, held);
        return new MemberView.MeetingsAttended(attended, attended.size(), held, rate);
    }

    /** Held, with its attendance on record, and while the member belonged to the network. */
    private static boolean couldHaveAttended(MemberSnapshot member, MeetingSnapshot meeting) {
        return meeting.status() == MeetingStatus.HELD && meeting.attendanceRecorded()
                && !meeting.endDate().isBefore(member.joinedOn())
                && (member.withdrawnOn() == null || !meeting.startDate().isAfter(member.withdrawnOn()));
    }

    /** Whether a recommendation asks this member to act: addressed to all members or to members of its type. */
    public static boolean addressedTo(Recommendation recommendation, MemberType type) {
        return recommendation.addressee() == Addressee.ALL_MEMBERS
                || recommendation.addressee() == (type == MemberType.STATE ? Addressee.MEMBER_STATES
                : Addressee.REGIONAL_ORGANIZATIONS);
    }

    /** The recommendations of adopted communiqués addressed to the member, or that it reported on, with its progress. */
    static List<MemberView.AddressedRecommendation> recommendations(MemberSnapshot member, List<MeetingSnapshot> meetings,
            Map<String, MemberProgress.RecommendationProgress> progress) {
        List<MemberView.AddressedRecommendation> addressed = new ArrayList<>();
        for (MeetingSnapshot meeting : meetings) {
            if (meeting.communiqueAdoptedOn() == null) {
                continue;
            }
            for (Recommendation r : meeting.recommendations()) {
                MemberProgress.RecommendationProgress reported = progress.get(r.id());
                if (addressedTo(r, member.type()) || reported != null) {
                    addressed.add(new MemberView.AddressedRecommendation(r.id(), meeting.id(),
                            meeting.communiqueAdoptedOn(), r.theme(), r.addressee(), r.summary(),
                            reported == null ? NO_EVIDENCE : reported.completion(),
                            reported != null && reported.validated(), reported == null ? null : reported.narrative(),
                            reported == null ? List.of() : reported.evidence()));
                }
            }
        }
        return addressed;
    }
}
