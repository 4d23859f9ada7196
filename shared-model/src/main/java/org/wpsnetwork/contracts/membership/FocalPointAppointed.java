package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member appointed a focal point; {@code replaced} is the one it had before, if any. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FocalPointAppointed(MemberSnapshot member, FocalPoint appointed, FocalPoint replaced)
        implements MemberChange {
}
