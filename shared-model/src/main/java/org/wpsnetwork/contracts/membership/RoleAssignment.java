package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record RoleAssignment(String memberCode, NetworkRole role) {
}
