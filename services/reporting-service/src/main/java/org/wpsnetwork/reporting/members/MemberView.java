package org.wpsnetwork.reporting.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.Narrative;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.reporting.nap.MemberProgress;
import org.wpsnetwork.reporting.nap.ReportingCalendar;
import org.wpsnetwork.reporting.nap.ReportingStatus;
import org.wpsnetwork.reporting.network.RolesHeld.RoleHeld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-member progress view: the member, the roles it held, the meetings it attended, its action plans with
 * their indicators' progress, its completion of the recommendations addressed to it, when it last reported and
 * whether it keeps up: {@code reportingCalendar} lists each expected report (ON_TIME, LATE, MISSING, DUE, OPEN)
 * and {@code reporting} counts them. {@code includesDemoData} warns that made-up plans or reports are part of it;
 * {@code skippedRecords} lists stored records that could not be read and are missing from it (normally none);
 * {@code freshness} says per source topic when its newest applied event occurred and whether its consumer is
 * stalled; {@code asOf} is the time of the newest event applied (the view reflects everything up to then).
 */
public record MemberView(
        @JsonUnwrapped MemberSnapshot member,
        List<RoleHeld> roles,
        MeetingsAttended meetingsAttended,
        List<MemberProgress.PlanView> actionPlans,
        List<MemberProgress.IndicatorProgress> indicators,
        List<AddressedRecommendation> recommendations,
        LocalDate lastReportDate,
        ReportingStatus reportingStatus,
        List<ReportingCalendar.ExpectedReport> reportingCalendar,
        ReportingCalendar.Tally reporting,
        boolean includesDemoData,
        List<String> skippedRecords,
        List<SourceFreshness.Source> freshness,
        Instant asOf) {

    /** The view as materialised, with how fresh its sources are at the time of reading. */
    public MemberView freshAt(List<SourceFreshness.Source> sources, Instant viewAsOf) {
        return new MemberView(member, roles, meetingsAttended, actionPlans, indicators, recommendations,
                lastReportDate, reportingStatus, reportingCalendar, reporting, includesDemoData, skippedRecords,
                sources, viewAsOf);
    }

    /** The view without its focal point's e-mail address, for readers who may not see personal data. */
    public MemberView withoutPersonalData() {
        if (member.focalPoint() == null) {
            return this;
        }
        MemberSnapshot m = member;
        MemberSnapshot withoutEmail = new MemberSnapshot(m.code(), m.name(), m.type(), m.region(), m.status(),
                m.joinedOn(), m.withdrawnOn(), m.focalPoint().withoutEmail());
        return new MemberView(withoutEmail, roles, meetingsAttended, actionPlans, indicators, recommendations,
                lastReportDate, reportingStatus, reportingCalendar, reporting, includesDemoData, skippedRecords,
                freshness, asOf);
    }

    /**
     * @param heldSinceJoining meetings held since the member joined (and before it withdrew) whose attendance is
     *                         on record: the meetings it could have attended
     * @param rate             attended ÷ heldSinceJoining, among those meetings; null when there were none
     */
    public record MeetingsAttended(List<String> ids, int count, int heldSinceJoining, Double rate) {
    }

    /**
     * A recommendation of an adopted communiqué addressed to all members or to members of this one's type (or
     * one the member reported on), with the member's latest completion level: NOT_STARTED, LIMITED, SUBSTANTIAL,
     * COMPLETE, NOT_APPLICABLE, or NO_EVIDENCE where it reported nothing; {@code validated} says whether the
     * report behind it is validated; {@code narrative} and {@code evidence} are what that report offered for it.
     */
    public record AddressedRecommendation(String id, String meetingId, LocalDate adoptedOn, RecommendationTheme theme,
                                          Addressee addressee, String summary, String completion, boolean validated,
                                          Narrative narrative, List<Evidence> evidence) {
    }
}
