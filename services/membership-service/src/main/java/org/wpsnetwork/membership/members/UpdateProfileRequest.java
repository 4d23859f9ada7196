package org.wpsnetwork.membership.members;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wpsnetwork.contracts.membership.Region;

/** Corrects a member's name and/or region; a field left out stays as it is. */
public record UpdateProfileRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        Region region) {
}
