package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/**
 * A member as it stands after the change an event reports. Every member event carries it, so a consumer
 * that keeps only the newest version it has seen is correct whatever order or repetition it receives.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberSnapshot(
        String code,
        String name,
        MemberType type,
        Region region,
        MemberStatus status,
        LocalDate joinedOn,
        LocalDate withdrawnOn,
        FocalPoint focalPoint) {
}
