package org.wpsnetwork.kit.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may do what in one service: one rule per endpoint, the only place access is decided. A rule names the
 * roles it lets in and, where a request concerns one member, lets that member's focal points in too. Anything the
 * table does not name is refused to everyone (the kit adds health, the API description and the operations
 * endpoints). Tests walk the same table to build the role × endpoint matrix.
 */
public final class AccessRules {

    /** The member a request concerns, from its path variables (directly, or by looking the record up). */
    @FunctionalInterface
    public interface MemberConcerned {
        Optional<String> of(Map<String, String> pathVariables);

        static MemberConcerned pathVariable(String name) {
            return variables -> Optional.ofNullable(variables.get(name));
        }
    }

    /**
     * One endpoint and who may call it.
     *
     * @param member the member a request concerns, whose focal points may call it too; null for none
     * @param open   anyone may call it, signed in or not (pages that lead to the sign-in, never data)
     */
    public record Rule(HttpMethod method, String path, Set<Role> roles, MemberConcerned member, boolean open) {

        /** The path variables of {@code method path} if this rule is the one for it; empty if it is not. */
        public Optional<Map<String, String>> variablesOf(String requestMethod, String requestPath) {
            if (!method.name().equals(requestMethod)) {
                return Optional.empty();
            }
            PathPattern.PathMatchInfo matched = PathPatternParser.defaultInstance.parse(path)
                    .matchAndExtract(PathContainer.parsePath(requestPath));
            return Optional.ofNullable(matched).map(PathPattern.PathMatchInfo::getUriVariables);
        }

        /** Whether {@code user} may make this request, whose path variables are {@code variables}. */
        public boolean allows(SignedInUser user, Map<String, String> variables) {
            if (open) {
                return true;
            }
            if (user.roles().stream().anyMatch(roles::contains)) {
                return true;
            }
            return member != null && user.has(Role.FOCAL_POINT)
                    && member.of(variables).map(user::representsMember).orElse(false);
        }
    }

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Rule> rules() {
        return rules;
    }

    /** This table after {@code first}: a request is decided by the first rule that names it. */
    public AccessRules after(AccessRules first) {
        List<Rule> combined = new ArrayList<>(first.rules);
        combined.addAll(rules);
        return new AccessRules(combined);
    }

    /** The rule that decides {@code method path} (a request path, e.g. /api/v1/members/ARG), if any. */
    public Optional<Rule> ruleFor(String method, String path) {
        return rules.stream().filter(rule -> rule.variablesOf(method, path).isPresent()).findFirst();
    }

    /** The matcher and the decision of each rule, in order, for Spring Security's request authorization. */
    public void forEach(RuleConsumer consumer) {
        for (Rule rule : rules) {
            consumer.accept(PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.path()),
                    decisionFor(rule));
        }
    }

    /** Receives each rule as Spring Security needs it. */
    @FunctionalInterface
    public interface RuleConsumer {
        void accept(PathPatternRequestMatcher matcher, AuthorizationManager<RequestAuthorizationContext> decision);
    }

    private static AuthorizationManager<RequestAuthorizationContext> decisionFor(Rule rule) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                                 RequestAuthorizationContext context) {
                if (!(authentication.get() instanceof JwtAuthenticationToken token)) {
                    return new AuthorizationDecision(rule.open());
                }
                return new AuthorizationDecision(rule.allows(SignedInUser.of(token.getToken()), context.getVariables()));
            }
        };
    }

    /** Builds a table, one {@link #allow} per endpoint. */
    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        /** {@code roles} may call {@code method path}; {@code member} (or null) names whose focal points may too. */
        public Builder allow(HttpMethod method, String path, MemberConcerned member, Role... roles) {
            Set<Role> allowed = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
            rules.add(new Rule(method, path, Set.copyOf(allowed), member, false));
            return this;
        }

        /** Anyone may call it without signing in: only for what leads to the sign-in, never for data. */
        public Builder anyone(HttpMethod method, String path) {
            rules.add(new Rule(method, path, Set.of(), null, true));
            return this;
        }

        /** Every role may call it (any signed-in user). */
        public Builder signedIn(HttpMethod method, String path) {
            return allow(method, path, null, Role.values());
        }

        public AccessRules build() {
            return new AccessRules(rules);
        }
    }
}
