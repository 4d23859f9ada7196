package org.wpsnetwork.membership.members;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ETags;

import java.util.List;
import java.util.Map;

/** Builds member representations (with the roles they held) and their responses, carrying the version as ETag. */
@Component
public class MemberResponses {

    private final MemberRoles roles;

    MemberResponses(MemberRoles roles) {
        this.roles = roles;
    }

    public MemberResponse of(Versioned<Member> member) {
        return MemberResponse.of(member, roles.of(member.state().code()));
    }

    public List<MemberResponse> ofAll(List<Versioned<Member>> members) {
        Map<String, List<MemberResponse.YearRole>> allRoles = roles.ofEveryMember();
        return members.stream()
                .map(member -> MemberResponse.of(member, allRoles.getOrDefault(member.state().code(), List.of())))
                .toList();
    }

    public ResponseEntity<MemberResponse> ok(Versioned<Member> member) {
        return ResponseEntity.ok().eTag(ETags.of(member.version())).body(of(member));
    }
}
