package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A state or regional organization joined the network. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberAdmitted(MemberSnapshot member) implements MemberChange {
}
