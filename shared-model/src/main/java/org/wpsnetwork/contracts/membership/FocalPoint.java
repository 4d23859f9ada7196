package org.wpsnetwork.contracts.membership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** The person a member has appointed as its WPS focal point. {@code title} is optional. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FocalPoint(String name, String title, String institution, String email, LocalDate appointedOn) {

    /** The same person without their e-mail address, for readers who may not see personal data. */
    public FocalPoint withoutEmail() {
        return new FocalPoint(name, title, institution, null, appointedOn);
    }
}
