package org.wpsnetwork.testsupport;

import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.EventType;
import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.MembershipEvents;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.membership.RoleAssignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Builds the events membership-service would publish for one member's history, version by version, to drive
 * the consumers of {@code wps.membership.events} in tests.
 */
public final class MembershipHistory {

    private final String code;
    private MemberSnapshot member;
    private long version;
    private Instant clock = Instant.now().minus(1, ChronoUnit.HOURS);

    public MembershipHistory(String code, String name, MemberType type, Region region) {
        this.code = code;
        this.member = new MemberSnapshot(code, name, type, region, MemberStatus.ACTIVE, LocalDate.of(2018, 4, 9),
                null, null);
    }

    /** Joined on another day than the default 2018-04-09. */
    public MembershipHistory joinedOn(LocalDate joinedOn) {
        member = new MemberSnapshot(code, member.name(), member.type(), member.region(), member.status(), joinedOn,
                member.withdrawnOn(), member.focalPoint());
        return this;
    }

    public EventEnvelope<?> admitted() {
        return next(MembershipEvents.MEMBER_ADMITTED, new MemberAdmitted(member));
    }

    public EventEnvelope<?> renamed(String name) {
        member = new MemberSnapshot(code, name, member.type(), member.region(), member.status(), member.joinedOn(),
                member.withdrawnOn(), member.focalPoint());
        return next(MembershipEvents.MEMBER_PROFILE_UPDATED, new MemberProfileUpdated(member, List.of("name")));
    }

    public EventEnvelope<?> appointed(String person) {
        FocalPoint previous = member.focalPoint();
        FocalPoint appointed = new FocalPoint(person, null, "Ministry of Foreign Affairs",
                person.toLowerCase().replace(' ', '.') + "@example.org", LocalDate.of(2024, 3, 1));
        member = new MemberSnapshot(code, member.name(), member.type(), member.region(), member.status(),
                member.joinedOn(), member.withdrawnOn(), appointed);
        return next(MembershipEvents.FOCAL_POINT_APPOINTED, new FocalPointAppointed(member, appointed, previous));
    }

    public EventEnvelope<?> withdrew(LocalDate on) {
        member = new MemberSnapshot(code, member.name(), member.type(), member.region(), MemberStatus.WITHDRAWN,
                member.joinedOn(), on, null);
        return next(MembershipEvents.MEMBER_WITHDREW, new MemberWithdrew(member, on, null));
    }

    public static EventEnvelope<?> roles(int year, long version, List<RoleAssignment> now, List<RoleAssignment> before) {
        EventType<NetworkRolesAssigned> type = MembershipEvents.NETWORK_ROLES_ASSIGNED;
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), type.aggregateType(),
                String.valueOf(year), version, Instant.now(), "membership-service", "roles-" + year,
                TestTokens.SECRETARIAT_ACTOR,
                new NetworkRolesAssigned(year, now, before));
    }

    private <P> EventEnvelope<P> next(EventType<P> type, P payload) {
        clock = clock.plusSeconds(60);
        version++;
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.schemaVersion(), type.aggregateType(), code,
                version, clock, "membership-service", "corr-" + code + "-" + version,
                TestTokens.SECRETARIAT_ACTOR, payload);
    }
}
