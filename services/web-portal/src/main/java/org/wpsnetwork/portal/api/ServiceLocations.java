package org.wpsnetwork.portal.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/** Where the services answer (WPS_MEMBERSHIP_URL, …); the defaults are the embedded default's ports. */
@ConfigurationProperties("wps.portal.services")
public record ServiceLocations(URI membership, URI meetings, URI napMonitoring, URI reporting) {

    URI of(Service service) {
        return switch (service) {
            case MEMBERSHIP -> membership;
            case MEETINGS -> meetings;
            case NAP_MONITORING -> napMonitoring;
            case REPORTING -> reporting;
        };
    }
}
