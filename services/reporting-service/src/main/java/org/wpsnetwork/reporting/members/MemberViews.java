package org.wpsnetwork.reporting.members;

import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.reporting.network.RolesHeld;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assembles the per-member view from the member, role and meeting views. */
@Component
public class MemberViews {

    private final MemberReplica members;
    private final RolesHeld roles;
    private final MeetingReplica meetings;
    private final ProjectionCheckpoints checkpoints;

    MemberViews(MemberReplica members, RolesHeld roles, MeetingReplica meetings, ProjectionCheckpoints checkpoints) {
        this.members = members;
        this.roles = roles;
        this.meetings = meetings;
        this.checkpoints = checkpoints;
    }

    public Optional<MemberView> of(String code) {
        return members.find(code).map(replicated -> {
            MemberSnapshot member = replicated.member();
            List<MeetingSnapshot> all = meetings.all();
            return new MemberView(member, roles.byMember(code), attendance(member, all), addressedTo(member, all),
                    checkpoints.asOf(replicated.lastEventAt()).orElse(null));
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
        Double rate = held == 0 ? null : Math.round(1000.0 * attendedOfHeld / held) / 1000.0;
        return new MemberView.MeetingsAttended(attended, attended.size(), held, rate);
    }

    /** Held, with its attendance on record, and while the member belonged to the network. */
    private static boolean couldHaveAttended(MemberSnapshot member, MeetingSnapshot meeting) {
        return meeting.status() == MeetingStatus.HELD && meeting.attendanceRecorded()
                && !meeting.endDate().isBefore(member.joinedOn())
                && (member.withdrawnOn() == null || !meeting.startDate().isAfter(member.withdrawnOn()));
    }

    static List<MemberView.AddressedRecommendation> addressedTo(MemberSnapshot member, List<MeetingSnapshot> meetings) {
        Addressee ownType = member.type() == MemberType.STATE ? Addressee.MEMBER_STATES : Addressee.REGIONAL_ORGANIZATIONS;
        List<MemberView.AddressedRecommendation> addressed = new ArrayList<>();
        for (MeetingSnapshot meeting : meetings) {
            if (meeting.communiqueAdoptedOn() == null) {
                continue;
            }
            for (Recommendation r : meeting.recommendations()) {
                if (r.addressee() == Addressee.ALL_MEMBERS || r.addressee() == ownType) {
                    addressed.add(new MemberView.AddressedRecommendation(r.id(), meeting.id(),
                            meeting.communiqueAdoptedOn(), r.theme(), r.addressee(), r.summary()));
                }
            }
        }
        return addressed;
    }
}
