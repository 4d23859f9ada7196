package org.wpsnetwork.portal.signin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in, as the pages need it: a name to greet, the roles that decide which pages and buttons show, and
 * the member a focal point represents. The APIs decide what is allowed; the portal only avoids offering what they
 * would refuse.
 */
public record SignedIn(String username, String name, Set<String> roles, String memberCode) {

    public static final String SECRETARIAT = "secretariat";
    public static final String FOCAL_POINT = "focal-point";
    public static final String PEER_REVIEWER = "peer-reviewer";
    public static final String ADMIN = "admin";

    public static Optional<SignedIn> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(of(user));
        }
        return Optional.empty();
    }

    static SignedIn of(OidcUser user) {
        Object roles = user.getAttributes().get(RoleClaims.ROLES);
        Set<String> held = roles instanceof Set<?> set ? Set.copyOf(set.stream().map(String::valueOf).toList()) : Set.of();
        String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        return new SignedIn(user.getPreferredUsername(), name, held, (String) user.getAttributes().get(RoleClaims.MEMBER_CODE));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isSecretariat() {
        return is(SECRETARIAT);
    }

    public boolean isFocalPoint() {
        return is(FOCAL_POINT) && memberCode != null;
    }

    /** Reads other members' views and compares: the secretariat and peer reviewers. */
    public boolean mayCompare() {
        return is(SECRETARIAT) || is(PEER_REVIEWER);
    }

    /** A focal point sees its own member's pages; the secretariat and peer reviewers every member's. */
    public boolean maySee(String code) {
        return mayCompare() || (isFocalPoint() && memberCode.equals(code));
    }

    /** Records and reports for the member: its own focal points, or the secretariat on its behalf. */
    public boolean mayActFor(String code) {
        return isSecretariat() || (isFocalPoint() && memberCode.equals(code));
    }
}
