package org.wpsnetwork.membership.members;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.web.ETags;

import java.util.List;
import java.util.Map;

/**
 * Builds member representations (with the roles they held) and their responses, carrying the version as ETag. A
 * focal point's e-mail address is personal data: only the secretariat and the member's own focal points see it.
 */
@Component
public class MemberResponses {

    private final MemberRoles roles;

    MemberResponses(MemberRoles roles) {
        this.roles = roles;
    }

    public MemberResponse of(Versioned<Member> member) {
        return MemberResponse.of(asSeenByCaller(member), roles.of(member.state().code()));
    }

    public List<MemberResponse> ofAll(List<Versioned<Member>> members) {
        Map<String, List<MemberResponse.YearRole>> allRoles = roles.ofEveryMember();
        return members.stream()
                .map(member -> MemberResponse.of(asSeenByCaller(member),
                        allRoles.getOrDefault(member.state().code(), List.of())))
                .toList();
    }

    private static Versioned<Member> asSeenByCaller(Versioned<Member> member) {
        String code = member.state().code();
        boolean mayRead = SignedInUser.current().map(user -> user.mayReadPersonalDataOf(code)).orElse(false);
        return mayRead ? member : new Versioned<>(member.state().withoutPersonalData(), member.version());
    }

    public ResponseEntity<MemberResponse> ok(Versioned<Member> member) {
        return ETags.ok(member.version(), of(member));
    }
}
