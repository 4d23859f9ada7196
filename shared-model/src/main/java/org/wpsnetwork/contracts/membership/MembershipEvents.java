package org.wpsnetwork.contracts.membership;

import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.Topics;

import java.util.List;

/** The event types of the membership service, published on {@link Topics#MEMBERSHIP}. */
public final class MembershipEvents {

    /** Aggregate of every member event; its id is the member code. */
    public static final String MEMBER = "Member";
    /** Aggregate of the yearly role assignments; its id is the year. */
    public static final String NETWORK_ROLES = "NetworkRoles";

    public static final EventType<MemberAdmitted> MEMBER_ADMITTED =
            new EventType<>("MemberAdmitted", 1, MEMBER, Topics.MEMBERSHIP, MemberAdmitted.class);
    public static final EventType<MemberProfileUpdated> MEMBER_PROFILE_UPDATED =
            new EventType<>("MemberProfileUpdated", 1, MEMBER, Topics.MEMBERSHIP, MemberProfileUpdated.class);
    public static final EventType<MemberWithdrew> MEMBER_WITHDREW =
            new EventType<>("MemberWithdrew", 1, MEMBER, Topics.MEMBERSHIP, MemberWithdrew.class);
    public static final EventType<FocalPointAppointed> FOCAL_POINT_APPOINTED =
            new EventType<>("FocalPointAppointed", 1, MEMBER, Topics.MEMBERSHIP, FocalPointAppointed.class);
    public static final EventType<FocalPointVacated> FOCAL_POINT_VACATED =
            new EventType<>("FocalPointVacated", 1, MEMBER, Topics.MEMBERSHIP, FocalPointVacated.class);
    public static final EventType<NetworkRolesAssigned> NETWORK_ROLES_ASSIGNED =
            new EventType<>("NetworkRolesAssigned", 1, NETWORK_ROLES, Topics.MEMBERSHIP, NetworkRolesAssigned.class);

    public static final List<EventType<?>> ALL = List.of(MEMBER_ADMITTED, MEMBER_PROFILE_UPDATED, MEMBER_WITHDREW,
            FOCAL_POINT_APPOINTED, FOCAL_POINT_VACATED, NETWORK_ROLES_ASSIGNED);

    private MembershipEvents() {
    }
}
