package org.wpsnetwork.reporting.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.reporting.network.RolesHeld.RoleHeld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-member progress view: the member as its latest event describes it, the roles it held, the meetings
 * it attended, the recommendations addressed to it, and {@code asOf}, the time of the newest event applied (the
 * view reflects everything up to then).
 */
public record MemberView(
        @JsonUnwrapped MemberSnapshot member,
        List<RoleHeld> roles,
        MeetingsAttended meetingsAttended,
        List<AddressedRecommendation> recommendations,
        Instant asOf) {

    /**
     * @param heldSinceJoining meetings held since the member joined (and before it withdrew) whose attendance is
     *                         on record: the meetings it could have attended
     * @param rate             attended ÷ heldSinceJoining, among those meetings; null when there were none
     */
    public record MeetingsAttended(List<String> ids, int count, int heldSinceJoining, Double rate) {
    }

    /** A recommendation of an adopted communiqué addressed to all members or to members of this one's type. */
    public record AddressedRecommendation(String id, String meetingId, LocalDate adoptedOn, RecommendationTheme theme,
                                          Addressee addressee, String summary) {
    }
}
