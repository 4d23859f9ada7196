package org.wpsnetwork.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Clock;

/**
 * Sign-in with the authorization code flow and PKCE against the identity provider; the tokens stay in the
 * server-side session (never in the browser), the session in the shared session store. Every page needs a
 * signed-in user except the static assets and the health check; signing out also ends the provider's session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/" + IdentityProvider.REGISTRATION_ID;

    @Bean
    IdentityProvider identityProvider(PortalSignInProperties properties, Clock clock) {
        return new IdentityProvider(properties, clock);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the signed-in user's access token, refreshed with the refresh token when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(IdentityProvider clients,
                                                          OAuth2AuthorizedClientRepository authorized) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(clients, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return manager;
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, IdentityProvider clients, LocaleResolver locales,
                                       OAuth2AuthorizedClientRepository authorized) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/assets/**", "/favicon.ico", "/actuator/health/**",
                                "/error", "/signed-out", "/sign-in-unavailable").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage(SIGN_IN)
                        .clientRegistrationRepository(clients)
                        .authorizedClientRepository(authorized)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                inTheUsersLanguage(clients, locales)))
                        .userInfoEndpoint(user -> user.oidcUserService(new RoleClaims()))
                        .failureUrl("/sign-in-unavailable"))
                .logout(logout -> logout.logoutSuccessHandler(signedOut(clients)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self' " + originOf(clients))));
        return http.build();
    }

    /** The provider's sign-in page opens in the language the portal shows (ui_locales), PKCE on every request. */
    private static OAuth2AuthorizationRequestResolver inTheUsersLanguage(ClientRegistrationRepository clients,
                                                                        LocaleResolver locales) {
        DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(clients,
                "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return inLanguage(pkce.resolve(request), request);
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return inLanguage(pkce.resolve(request, registrationId), request);
            }

            private OAuth2AuthorizationRequest inLanguage(OAuth2AuthorizationRequest authorization,
                                                          HttpServletRequest request) {
                if (authorization == null) {
                    return null;
                }
                String language = locales.resolveLocale(request).getLanguage();
                return OAuth2AuthorizationRequest.from(authorization)
                        .additionalParameters(parameters -> parameters.put("ui_locales", language)).build();
            }
        };
    }

    private static OidcClientInitiatedLogoutSuccessHandler signedOut(ClientRegistrationRepository clients) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(clients);
        handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        return handler;
    }

    /** Sign-out posts to the provider's end-session endpoint, so forms may go there too. */
    private static String originOf(IdentityProvider clients) {
        return clients.issuerOrigin();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
