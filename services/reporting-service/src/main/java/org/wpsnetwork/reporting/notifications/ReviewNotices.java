package org.wpsnetwork.reporting.notifications;

import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.nap.ProgressReportReturned;
import org.wpsnetwork.contracts.nap.ProgressReportSnapshot;
import org.wpsnetwork.contracts.nap.ProgressReportValidated;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice to the member's focal point when the secretariat returns a report (with its reason) or validates one,
 * recorded as the event arrives; replaying the topic records nothing twice, and events older than the lookback
 * (a first start on a long history) record nothing.
 */
@Component
public class ReviewNotices implements Projection {

    private final NotificationLog log;
    private final NotificationSettings settings;
    private final Clock clock;

    ReviewNotices(NotificationLog log, NotificationSettings settings, Clock clock) {
        this.log = log;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "review-notices";
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        return Projection.applyToRelevant(events, this::noticed, chosen -> {
            List<Notice> notices = new ArrayList<>();
            for (EventEnvelope<?> event : chosen) {
                notices.add(notice(event.payload()));
            }
            return log.record(notices, clock.instant());
        });
    }

    private boolean noticed(EventEnvelope<?> event) {
        return settings.enabled()
                && (event.payload() instanceof ProgressReportReturned || event.payload() instanceof ProgressReportValidated)
                && event.occurredAt().isAfter(clock.instant().minus(Duration.ofDays(settings.lookbackDays())));
    }

    private static Notice notice(Object payload) {
        if (payload instanceof ProgressReportReturned returned) {
            ProgressReportSnapshot report = returned.report();
            return new Notice("returned|" + report.id() + "|" + report.revision(), Notice.Kind.RETURNED,
                    report.memberCode(), "Your progress report for " + period(report) + " was returned for correction",
                    "The secretariat (" + returned.returnedBy() + ") returned the progress report of "
                            + report.memberCode() + " on plan " + report.planId() + " for " + period(report)
                            + ", revision " + report.revision() + ", for correction:\n\n" + returned.reason()
                            + "\n\nCorrect it and submit it again; the history of the report keeps every step.\n");
        }
        ProgressReportValidated validated = (ProgressReportValidated) payload;
        ProgressReportSnapshot report = validated.report();
        return new Notice("validated|" + report.id(), Notice.Kind.VALIDATED, report.memberCode(),
                "Your progress report for " + period(report) + " was validated",
                "The secretariat (" + validated.validatedBy() + ") validated the progress report of "
                        + report.memberCode() + " on plan " + report.planId() + " for " + period(report)
                        + ". It is now part of the network's record and can no longer change.\n");
    }

    private static String period(ProgressReportSnapshot report) {
        return report.periodFrom() + " to " + report.periodTo();
    }
}
