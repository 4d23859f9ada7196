package org.wpsnetwork.membership.members;

import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.outbox.Versioned;

import java.time.LocalDate;
import java.util.List;

/** A member as the API shows it, with the network roles it held, newest year first. */
public record MemberResponse(
        String code,
        String name,
        MemberType type,
        Region region,
        MemberStatus status,
        LocalDate joinedOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        FocalPoint focalPoint,
        List<YearRole> roles,
        long version) {

    public record YearRole(NetworkRole role, int year) {
    }

    static MemberResponse of(Versioned<Member> versioned, List<YearRole> roles) {
        Member member = versioned.state();
        return new MemberResponse(member.code(), member.name(), member.type(), member.region(), member.status(),
                member.joinedOn(), member.withdrawnOn(), member.withdrawalReason(), member.focalPoint(), roles,
                versioned.version());
    }
}
