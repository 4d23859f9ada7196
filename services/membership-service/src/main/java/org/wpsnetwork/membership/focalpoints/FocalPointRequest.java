package org.wpsnetwork.membership.focalpoints;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The person a member appoints as its WPS focal point; the title is optional. */
public record FocalPointRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @NotBlank @Size(max = 300) String institution,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address")
        String email,
        @NotNull LocalDate appointedOn) {
}
