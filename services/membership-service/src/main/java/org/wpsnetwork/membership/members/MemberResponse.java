package org.wpsnetwork.membership.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.kit.outbox.Versioned;

import java.util.List;

/** A member as the API shows it: its fields, the network roles it held (newest year first) and its version. */
public record MemberResponse(@JsonUnwrapped Member member, List<YearRole> roles, long version) {

    public record YearRole(NetworkRole role, int year) {
    }

    static MemberResponse of(Versioned<Member> versioned, List<YearRole> roles) {
        return new MemberResponse(versioned.state(), roles, versioned.version());
    }
}
