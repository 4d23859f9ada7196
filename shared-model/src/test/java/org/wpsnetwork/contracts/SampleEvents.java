package org.wpsnetwork.contracts;

import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.FocalPointVacated;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.MembershipEvents;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.membership.RoleAssignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic sample of every event type, as a producer would publish it. */
final class SampleEvents {

    static final FocalPoint FOCAL_POINT = new FocalPoint("Ana Pérez", "Director for Human Rights",
            "Ministry of Foreign Affairs", "ana.perez@example.org", LocalDate.of(2023, 3, 1));
    static final MemberSnapshot ARGENTINA = new MemberSnapshot("ARG", "Argentina", MemberType.STATE,
            Region.AMERICAS, MemberStatus.ACTIVE, LocalDate.of(2016, 9, 23), null, FOCAL_POINT);

    static final Map<EventType<?>, Object> PAYLOADS = Map.of(
            MembershipEvents.MEMBER_ADMITTED, new MemberAdmitted(ARGENTINA),
            MembershipEvents.MEMBER_PROFILE_UPDATED, new MemberProfileUpdated(ARGENTINA, List.of("name")),
            MembershipEvents.MEMBER_WITHDREW, new MemberWithdrew(new MemberSnapshot("ARG", "Argentina",
                    MemberType.STATE, Region.AMERICAS, MemberStatus.WITHDRAWN, LocalDate.of(2016, 9, 23),
                    LocalDate.of(2025, 1, 31), null), LocalDate.of(2025, 1, 31), "Left by note verbale"),
            MembershipEvents.FOCAL_POINT_APPOINTED, new FocalPointAppointed(ARGENTINA, FOCAL_POINT, null),
            MembershipEvents.FOCAL_POINT_VACATED, new FocalPointVacated(ARGENTINA, FOCAL_POINT),
            MembershipEvents.NETWORK_ROLES_ASSIGNED, new NetworkRolesAssigned(2024,
                    List.of(new RoleAssignment("USA", NetworkRole.LEADERSHIP_QUAD),
                            new RoleAssignment("ROU", NetworkRole.LEADERSHIP_QUAD)),
                    List.of()));

    private SampleEvents() {
    }

    static EventEnvelope<Object> of(EventType<?> type) {
        Object payload = PAYLOADS.get(type);
        String aggregateId = payload instanceof NetworkRolesAssigned roles ? String.valueOf(roles.year()) : "ARG";
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), type.aggregateType(),
                aggregateId, 3, Instant.parse("2026-06-09T08:30:00.123456Z"), "membership-service",
                "req-7f3a", payload);
    }
}
