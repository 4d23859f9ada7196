package org.wpsnetwork.membership.roles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.wpsnetwork.contracts.membership.NetworkRole;

import java.util.List;

/** The whole set of roles for one year; it replaces whatever was recorded for that year. */
public record AssignRolesRequest(@NotNull List<@NotNull @Valid Assignment> assignments) {

    public record Assignment(
            @NotNull @Pattern(regexp = "[A-Z]{2,10}", message = "must be 2 to 10 upper-case letters") String memberCode,
            @NotNull NetworkRole role) {
    }
}
