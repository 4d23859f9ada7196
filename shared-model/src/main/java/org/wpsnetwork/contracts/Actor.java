package org.wpsnetwork.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Who made a change, as their access token named them: never what a request body said.
 *
 * @param id         the identity provider's subject of the user (or of the tools client's service account)
 * @param name       a name to show
 * @param role       the role they acted in: {@code secretariat}, {@code focal-point}, {@code peer-reviewer} or
 *                   {@code admin}
 * @param memberCode the member a focal point represents; null for everyone else
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Actor(String id, String name, String role, String memberCode) {

    /** Whether this actor acted for {@code member} without being one of its focal points (the secretariat's entry). */
    public boolean actsOnBehalfOf(String member) {
        return member != null && !member.equals(memberCode);
    }

    /** "Ana Pérez (focal point, ARG)", "WPS tools (secretariat)". */
    public String describe() {
        return name + " (" + role.replace('-', ' ') + (memberCode == null ? "" : ", " + memberCode) + ")";
    }
}
