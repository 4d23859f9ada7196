package org.wpsnetwork.membership.members;

import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;

import java.time.LocalDate;
import java.util.Objects;

/** A member of the network: a UN member state or a regional organization. Immutable; changes return a new one. */
public record Member(
        String code,
        String name,
        MemberType type,
        Region region,
        MemberStatus status,
        LocalDate joinedOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        FocalPoint focalPoint) {

    /** The foundational meeting in New York launched the network; nobody joined earlier. */
    public static final LocalDate NETWORK_FOUNDED_ON = LocalDate.of(2016, 9, 23);

    public static Member admit(String code, String name, MemberType type, Region region, LocalDate joinedOn) {
        return new Member(code, name, type, region, MemberStatus.ACTIVE, joinedOn, null, null, null);
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** Whether it was a member for at least part of {@code year}. */
    public boolean wasMemberDuring(int year) {
        return joinedOn.getYear() <= year && (withdrawnOn == null || withdrawnOn.getYear() >= year);
    }

    public Member withProfile(String newName, Region newRegion) {
        return new Member(code, newName != null ? newName : name, type, newRegion != null ? newRegion : region,
                status, joinedOn, withdrawnOn, withdrawalReason, focalPoint);
    }

    /** Withdrawing also leaves the focal point post vacant: a former member has no focal point in the network. */
    public Member withdraw(LocalDate effectiveOn, String reason) {
        return new Member(code, name, type, region, MemberStatus.WITHDRAWN, joinedOn, effectiveOn, reason, null);
    }

    public Member withFocalPoint(FocalPoint appointed) {
        return new Member(code, name, type, region, status, joinedOn, withdrawnOn, withdrawalReason, appointed);
    }

    public boolean sameProfileAs(Member other) {
        return Objects.equals(name, other.name) && region == other.region;
    }

    public MemberSnapshot snapshot() {
        return new MemberSnapshot(code, name, type, region, status, joinedOn, withdrawnOn, focalPoint);
    }
}
