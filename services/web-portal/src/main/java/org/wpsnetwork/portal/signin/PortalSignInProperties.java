package org.wpsnetwork.portal.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the portal signs people in: the identity provider's issuer (WPS_OIDC_ISSUER_URI), where its OpenID
 * configuration is read when the portal reaches the provider by another address than browsers do
 * (WPS_OIDC_DISCOVERY_URI, optional), and the portal's confidential client there (WPS_PORTAL_CLIENT_ID /
 * WPS_PORTAL_CLIENT_SECRET).
 */
@ConfigurationProperties("wps.portal.sign-in")
public record PortalSignInProperties(String issuerUri, String discoveryUri, String clientId, String clientSecret) {

    public PortalSignInProperties {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("No identity provider: set WPS_OIDC_ISSUER_URI (wps.portal.sign-in.issuer-uri)");
        }
        discoveryUri = discoveryUri == null || discoveryUri.isBlank() ? null : discoveryUri;
    }
}
