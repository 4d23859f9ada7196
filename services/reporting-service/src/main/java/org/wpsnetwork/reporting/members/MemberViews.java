package org.wpsnetwork.reporting.members;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assembles the per-member view from the member, role and meeting views. */
@Component
public class MemberViews {

    /** NO_EVIDENCE: the member reported nothing on the recommendation. */
    public static final String NO_EVIDENCE = "NO_EVIDENCE";

    private final MemberReplica members;
    private final RolesHeld roles;
    private final MeetingReplica meetings;
    private final NapViews nap;
    private final ProjectionCheckpoints checkpoints;
    private final SourceFreshness freshness;
    private final Clock clock;
    private final ProgressThresholds thresholds;

    MemberViews(MemberReplica members, RolesHeld roles, MeetingReplica meetings, NapViews nap,
                ProjectionCheckpoints checkpoints, SourceFreshness freshness, Clock clock,
                ProgressThresholds thresholds) {
        this.thresholds = thresholds;
        this.freshness = freshness;
        this.members = members;
        this.roles = roles;
        this.meetings = meetings;
        this.nap = nap;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    public Optional<MemberView> of(String code) {
        return members.find(code).map(replicated -> {
            MemberSnapshot member = replicated.member();
            List<MeetingSnapshot> all = meetings.all();
            NapViews.Nap found = nap.of(code);
            MemberProgress progress = MemberProgress.of(found.plans(), found.reports(), LocalDate.now(clock),
                    thresholds);
            return new MemberView(member, roles.byMember(code), attendance(member, all), progress.plans(),
                    progress.indicators(), recommendations(member, all, progress.recommendations()),
                    progress.lastReportDate(), progress.reportingStatus(), progress.reportingCalendar(),
                    progress.reporting(), progress.includesDemoData(),
                    found.skipped(), freshness.sources(), checkpoints.asOf(replicated.lastEventAt()).orElse(null));
        });
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
