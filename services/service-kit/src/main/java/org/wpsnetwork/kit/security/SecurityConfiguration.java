package org.wpsnetwork.kit.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.wpsnetwork.kit.config.ServiceKitProperties;
import org.wpsnetwork.kit.web.ProblemType;
import org.wpsnetwork.kit.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Every service is an OAuth2 resource server: a request needs a bearer token whose signature, issuer, expiry and
 * audience hold, except health; who may do what is the service's {@link AccessRules} table plus the kit's own
 * endpoints; 401 and 403 are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain wpsSecurity(HttpSecurity http, ObjectProvider<AccessRules> serviceRules,
                                    JwtDecoder decoder, JsonMapper json) throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure);
                            write(json, response, ProblemType.UNAUTHORIZED, "Sign in: send an access token of the "
                                    + "identity provider as 'Authorization: Bearer …'", request.getRequestURI());
                        })
                        .accessDeniedHandler((request, response, denied) -> write(json, response,
                                ProblemType.FORBIDDEN, "Your sign-in does not allow this", request.getRequestURI())))
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
                            PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**")).permitAll();
                    kitRules().forEach((matcher, decision) -> requests.requestMatchers(matcher).access(decision));
                    serviceRules.ifAvailable(rules -> rules.forEach((matcher, decision) ->
                            requests.requestMatchers(matcher).access(decision)));
                    // Every endpoint has a rule (checked at start-up), so what is left is a path nobody serves: 404.
                    requests.anyRequest().authenticated();
                });
        return http.build();
    }

    /** Refuses to start a service with an endpoint its access rules do not name. */
    @Bean
    static SmartInitializingSingleton everyEndpointHasAnAccessRule(ObjectProvider<RequestMappingHandlerMapping> mappings,
                                                                   ObjectProvider<AccessRules> serviceRules) {
        return () -> {
            List<AccessRules.Rule> rules = new ArrayList<>(kitRules().rules());
            serviceRules.ifAvailable(table -> rules.addAll(table.rules()));
            List<String> unnamed = servedEndpoints(mappings).stream()
                    .filter(endpoint -> rules.stream().noneMatch(rule -> rule.method().name().equals(endpoint.method())
                            && PathPatternParser.defaultInstance.parse(rule.path())
                            .matches(PathContainer.parsePath(endpoint.pattern()))))
                    .map(endpoint -> endpoint.method() + " " + endpoint.pattern()).toList();
            if (!unnamed.isEmpty()) {
                throw new IllegalStateException("Endpoints without an access rule (add them to the service's "
                        + "AccessRules): " + unnamed);
            }
        };
    }

    /** One method and path pattern a controller serves. */
    public record Endpoint(String method, String pattern) {
    }

    /** Every method and path pattern the service's controllers serve (not the error page). */
    public static List<Endpoint> servedEndpoints(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error") || pattern.startsWith("${")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern));
                }
            }
        }));
        return endpoints;
    }

    /** The endpoints every service has; they come before the service's own rules. */
    public static AccessRules kitRules() {
        return AccessRules.builder()
                .allow(HttpMethod.GET, "/api/v1/admin/**", null, Role.ADMIN)
                .allow(HttpMethod.POST, "/api/v1/admin/**", null, Role.ADMIN)
                .allow(HttpMethod.PUT, "/api/v1/admin/**", null, Role.ADMIN)
                .allow(HttpMethod.GET, "/actuator/prometheus", null, Role.ADMIN)
                .allow(HttpMethod.GET, "/actuator/info", null, Role.ADMIN)
                .signedIn(HttpMethod.GET, "/v3/api-docs/**")
                .signedIn(HttpMethod.GET, "/v3/api-docs.yaml")
                .signedIn(HttpMethod.GET, "/swagger-ui/**")
                .signedIn(HttpMethod.GET, "/swagger-ui.html")
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(ServiceKitProperties properties) {
        ServiceKitProperties.Security security = properties.security();
        if (security.issuerUri().isBlank()) {
            throw new IllegalStateException("No identity provider: set WPS_OIDC_ISSUER_URI (wps.security.issuer-uri) "
                    + "to the issuer of the access tokens, e.g. http://localhost:8180/realms/wps");
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(security.issuerUri()),
                new JwtClaimValidator<Collection<String>>("aud", audience -> audience != null
                        && audience.contains(security.audience())));
        if (!security.publicKey().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(rsaKey(security.publicKey())).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // Found lazily, on the first request: a service starts while its identity provider is still starting.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = security.jwkSetUri().isBlank()
                    ? (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(security.issuerUri())
                    : NimbusJwtDecoder.withJwkSetUri(security.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static RSAPublicKey rsaKey(String pem) {
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("wps.security.public-key is not an RSA public key in PEM", e);
        }
    }

    private static void write(JsonMapper json, HttpServletResponse response, ProblemType type, String detail,
                              String path) throws IOException {
        ProblemDetail problem = Problems.complete(Problems.of(type, detail, List.of()), path);
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
