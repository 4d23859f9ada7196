package org.wpsnetwork.membership.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;

import java.time.LocalDate;

/** Admits a state or regional organization to the network. */
public record AdmitMemberRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2,10}", message = "must be 2 to 10 upper-case letters") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull MemberType type,
        @NotNull Region region,
        @NotNull LocalDate joinedOn) {
}
