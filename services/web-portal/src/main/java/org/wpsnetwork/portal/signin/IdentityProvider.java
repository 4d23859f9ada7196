package org.wpsnetwork.portal.signin;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The portal's one client registration, discovered from the issuer's OpenID configuration when first needed, not
 * at start-up: the portal starts (and answers its health check) while the identity provider is still starting, and
 * a sign-in attempted before the provider answers fails with a page saying so, then works once it is up. Any OIDC
 * provider fits through its issuer URI.
 */
final class IdentityProvider implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "wps";
    /** How long a failed discovery is remembered before the next sign-in asks again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final PortalSignInProperties properties;
    private final Clock clock;
    private volatile ClientRegistration registration;
    private volatile Instant failedAt;

    IdentityProvider(PortalSignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    ClientRegistration registration() {
        ClientRegistration found = registration;
        if (found != null) {
            return found;
        }
        synchronized (this) {
            if (registration == null) {
                if (failedAt != null && clock.instant().isBefore(failedAt.plus(RETRY_AFTER))) {
                    throw new IdentityProviderUnavailable(properties.issuerUri(), null);
                }
                try {
                    registration = fromConfiguration(discovery());
                } catch (RuntimeException e) {
                    failedAt = clock.instant();
                    throw new IdentityProviderUnavailable(properties.issuerUri(), e);
                }
            }
            return registration;
        }
    }

    /**
     * The provider's OpenID configuration, from the issuer (or, where the portal reaches the provider by another
     * name than browsers do, from {@code discovery-uri}: in compose, http://keycloak:8180 for http://localhost:8180).
     * It must name the configured issuer: tokens are checked against it.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> discovery() {
        String location = properties.discoveryUri() != null ? properties.discoveryUri()
                : properties.issuerUri().replaceAll("/$", "") + "/.well-known/openid-configuration";
        Map<String, Object> configuration = RestClient.create().get().uri(location).retrieve().body(Map.class);
        if (configuration == null || !properties.issuerUri().equals(configuration.get("issuer"))) {
            throw new IllegalStateException("The OpenID configuration at " + location + " is not that of the issuer "
                    + properties.issuerUri());
        }
        return configuration;
    }

    private ClientRegistration fromConfiguration(Map<String, Object> configuration) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri((String) configuration.get("authorization_endpoint"))
                .tokenUri((String) configuration.get("token_endpoint"))
                .jwkSetUri((String) configuration.get("jwks_uri"))
                .userInfoUri((String) configuration.get("userinfo_endpoint"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri((String) configuration.get("issuer"))
                .providerConfigurationMetadata(configuration)
                .build();
    }

    /** Scheme, host and port of the issuer, for the pages' content security policy. */
    String issuerOrigin() {
        URI issuer = URI.create(properties.issuerUri());
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }

    /** The identity provider did not answer its discovery document. */
    static final class IdentityProviderUnavailable extends RuntimeException {

        IdentityProviderUnavailable(String issuer, Throwable cause) {
            super("The identity provider " + issuer + " does not answer yet", cause);
        }
    }
}
