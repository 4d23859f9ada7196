package org.wpsnetwork.kit.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.wpsnetwork.contracts.Actor;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in, from their access token: never from a request body.
 *
 * @param id         the token's subject
 * @param name       a name to show (the user's name, else their user name, else the client)
 * @param memberCode the member a focal point represents, or null
 */
public record SignedInUser(String id, String name, String memberCode, Set<Role> roles) {

    /** The role a change is recorded under when a user has several: the first of these they hold. */
    private static final List<Role> RECORDED_ROLE = List.of(Role.SECRETARIAT, Role.FOCAL_POINT, Role.ADMIN,
            Role.PEER_REVIEWER);

    public static SignedInUser of(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (token.getClaim("realm_access") instanceof Map<?, ?> access
                && access.get("roles") instanceof Collection<?> claimed) {
            claimed.forEach(role -> Role.ofClaim(String.valueOf(role)).ifPresent(roles::add));
        }
        String name = firstOf(token.getClaimAsString("name"), token.getClaimAsString("preferred_username"),
                token.getClaimAsString("azp"), token.getSubject());
        return new SignedInUser(token.getSubject(), name, token.getClaimAsString("member_code"), Set.copyOf(roles));
    }

    /** The user of the request being handled on this thread; empty outside a signed-in request. */
    public static Optional<SignedInUser> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.of(of(token.getToken())) : Optional.empty();
    }

    /** The user of the request being handled, who every access rule requires. */
    public static SignedInUser required() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user on this request"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A focal point of this very member. */
    public boolean representsMember(String code) {
        return has(Role.FOCAL_POINT) && memberCode != null && memberCode.equals(code);
    }

    /**
     * Whether this user may see a member's personal data (its focal point's e-mail address): the secretariat and
     * the member's own focal points may, nobody else.
     */
    public boolean mayReadPersonalDataOf(String memberCode) {
        return has(Role.SECRETARIAT) || representsMember(memberCode);
    }

    /**
     * Whether this user may see a member's private evidence: the member's own focal points, the secretariat and
     * peer reviewers (who review it), nobody else.
     */
    public boolean mayReadPrivateEvidenceOf(String memberCode) {
        return has(Role.SECRETARIAT) || has(Role.PEER_REVIEWER) || representsMember(memberCode);
    }

    /** As changes record them: the member code only for a focal point. */
    public Actor actor() {
        Role role = RECORDED_ROLE.stream().filter(this::has).findFirst().orElse(Role.PEER_REVIEWER);
        return new Actor(id, name, role.claim(), role == Role.FOCAL_POINT ? memberCode : null);
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "unknown";
    }
}
