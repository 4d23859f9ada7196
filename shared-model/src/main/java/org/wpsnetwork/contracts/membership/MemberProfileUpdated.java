package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A member's name or region was corrected; {@code changedFields} names which. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberProfileUpdated(MemberSnapshot member, List<String> changedFields) implements MemberChange {
}
