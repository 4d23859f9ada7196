package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member's focal point post became vacant. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FocalPointVacated(MemberSnapshot member, FocalPoint vacated) implements MemberChange {
}
