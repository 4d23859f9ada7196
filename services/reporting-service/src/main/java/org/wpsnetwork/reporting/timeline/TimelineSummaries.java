package org.wpsnetwork.reporting.timeline;

import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.nap.ActionPlanChange;
import org.wpsnetwork.contracts.nap.ActionPlanCorrected;
import org.wpsnetwork.contracts.nap.ActionPlanExtended;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverrideWithdrawn;
import org.wpsnetwork.contracts.nap.IndicatorStatusOverridden;
import org.wpsnetwork.contracts.nap.ActionPlanSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportChange;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.ProgressReportCorrected;
import org.wpsnetwork.contracts.nap.ProgressReportEvidenceAdded;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.FocalPointVacated;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.RoleAssignment;

import org.wpsnetwork.reporting.meetings.MeetingDates;

import org.wpsnetwork.kit.text.Ordinals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One line in plain words for each event in a member's timeline. */
final class TimelineSummaries {

    private TimelineSummaries() {
    }

    static String of(MemberAdmitted admitted) {
        return "Joined the network on " + admitted.member().joinedOn();
    }

    static String of(MemberProfileUpdated updated) {
        return updated.changedFields().stream()
                .map(field -> field.equals("name") ? "name is now " + updated.member().name()
                        : "region is now " + words(updated.member().region().name()))
                .collect(Collectors.joining("; ", "Profile corrected: ", ""));
    }

    static String of(MemberWithdrew withdrew) {
        return "Withdrew from the network on " + withdrew.effectiveOn()
                + (withdrew.reason() == null ? "" : " (" + withdrew.reason() + ")");
    }

    static String of(FocalPointAppointed appointed) {
        return appointed.replaced() == null
                ? "Appointed " + person(appointed.appointed()) + " as focal point"
                : "Replaced focal point " + appointed.replaced().name() + " with " + person(appointed.appointed());
    }

    static String of(FocalPointVacated vacated) {
        return "Focal point post vacated (was " + vacated.vacated().name() + ")";
    }

    static String of(ActionPlanChange change) {
        ActionPlanSnapshot plan = change.plan();
        String summary;
        if (change instanceof ActionPlanExtended extended) {
            summary = "Extended " + plan.title() + " to " + extended.extension().periodEnd() + " ("
                    + extended.extension().reason() + ")";
        } else if (change instanceof ActionPlanCorrected corrected) {
            summary = "The record of " + plan.title() + " was corrected: " + corrected.reason();
        } else if (change instanceof IndicatorStatusOverridden overridden) {
            summary = "The secretariat judged indicator " + overridden.override().indicatorCode() + " of "
                    + plan.title() + " " + overridden.override().status() + ": " + overridden.override().reason();
        } else if (change instanceof IndicatorStatusOverrideWithdrawn withdrawn) {
            summary = "The secretariat withdrew its judgement of indicator " + withdrawn.withdrawn().indicatorCode()
                    + " of " + plan.title() + "; the computed status applies again";
        } else {
            summary = "Adopted its " + Ordinals.of(plan.generation()) + " " + plan.kind() + ": " + plan.title() + " ("
                    + plan.periodStart() + " to " + plan.periodEnd() + ")";
        }
        return plan.demo() ? summary + " [demo data]" : summary;
    }

    static String of(ProgressReportChange change) {
        ProgressReportSnapshot report = change.report();
        String period = report.periodFrom() + " to " + report.periodTo();
        String summary;
        if (change instanceof ProgressReportCorrected corrected) {
            summary = "Corrected its progress report for " + period + " (revision " + report.revision() + "): "
                    + corrected.reason();
        } else if (change instanceof ProgressReportReturned returned) {
            summary = "Progress report for " + period + " returned by " + returned.returnedBy() + ": "
                    + returned.reason();
        } else if (change instanceof ProgressReportValidated validated) {
            summary = "Progress report for " + period + " validated by " + validated.validatedBy();
        } else if (change instanceof ProgressReportEvidenceAdded added) {
            summary = "Added evidence to its progress report for " + period + ": " + added.evidence().title()
                    + (added.evidence().visibility() == Evidence.Visibility.PRIVATE ? " (private)" : "");
        } else {
            summary = "Submitted a progress report on " + report.planId() + " for " + period;
        }
        return report.demo() ? summary + " [demo data]" : summary;
    }

    static String hosts(MeetingSnapshot meeting) {
        return "Host of " + where(meeting);
    }

    static String attended(MeetingSnapshot meeting) {
        return "Attended " + where(meeting);
    }

    static String removedFromAttendance(MeetingSnapshot meeting) {
        return "No longer listed as attending " + where(meeting);
    }

    private static String where(MeetingSnapshot meeting) {
        return meeting.title() + (meeting.city() == null ? "" : ", " + meeting.city()) + ", "
                + MeetingDates.describe(meeting);
    }

    /** What changed for one member when the roles of a year were set. */
    static String ofRoles(int year, List<RoleAssignment> gained, List<RoleAssignment> lost) {
        StringBuilder summary = new StringBuilder();
        if (!gained.isEmpty()) {
            summary.append("Holds ").append(roles(gained)).append(" for ").append(year);
        }
        if (!lost.isEmpty()) {
            summary.append(summary.isEmpty() ? "No longer " : "; no longer ").append(roles(lost))
                    .append(" for ").append(year);
        }
        return summary.toString();
    }

    private static String roles(List<RoleAssignment> assignments) {
        return assignments.stream().map(RoleAssignment::role).map(NetworkRole::name).map(TimelineSummaries::words)
                .collect(Collectors.joining(" and "));
    }

    private static String person(FocalPoint focalPoint) {
        return focalPoint.name() + " (" + focalPoint.institution() + ")";
    }

    /** CO_CHAIR → "co-chair", LEADERSHIP_QUAD → "leadership quad". */
    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT);
        return lower.equals("co_chair") ? "co-chair" : lower.replace('_', ' ');
    }
}
