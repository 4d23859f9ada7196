package org.wpsnetwork.reporting.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.members.MemberViews;
import org.wpsnetwork.reporting.nap.ReportingCalendar;
import org.wpsnetwork.reporting.nap.ReportingCalendar.ExpectedReport;
import org.wpsnetwork.reporting.nap.ReportingCalendar.PeriodStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the reporting calendar implies, looked at every {@code wps.notifications.interval}: a reminder to the
 * focal point {@code reminder-days} before a report falls due, a notice when it becomes overdue, and the
 * secretariat's weekly digest (on the digest day, or the first look after it that week). Each is recorded once
 * by its key, then the pending mail goes out.
 */
@Component
class CalendarNotices {

    private static final Logger log = LoggerFactory.getLogger(CalendarNotices.class);

    private final MemberViews members;
    private final NotificationLog notifications;
    private final NotificationMail mail;
    private final NotificationSettings settings;
    private final Clock clock;

    CalendarNotices(MemberViews members, NotificationLog notifications, NotificationMail mail,
                    NotificationSettings settings, Clock clock) {
        this.members = members;
        this.notifications = notifications;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${wps.notifications.interval:PT1M}",
            fixedDelayString = "${wps.notifications.interval:PT1M}")
    void tick() {
        if (!settings.enabled()) {
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Notifications could not be worked out or sent ({}); trying again in {}", e.toString(),
                    settings.interval());
        }
    }

    /** Records what the calendar implies today and sends what is pending; answers how many mails went out. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        List<MemberView> active = members.active();
        List<Notice> notices = new ArrayList<>();
        for (MemberView view : active) {
            for (ExpectedReport period : view.reportingCalendar()) {
                calendarNotice(view.member(), period, today).ifPresent(notices::add);
            }
        }
        digest(active, today).ifPresent(notices::add);
        notifications.record(notices, clock.instant());
        return mail.sendPending();
    }

    private Optional<Notice> calendarNotice(MemberSnapshot member, ExpectedReport period, LocalDate today) {
        boolean reportMissing = period.status() == PeriodStatus.DUE || period.status() == PeriodStatus.OPEN;
        String about = member.name() + "'s progress report on plan " + period.planId() + " for " + period.from()
                + " to " + period.to();
        if (reportMissing && !today.isBefore(period.dueOn().minusDays(settings.reminderDays()))) {
            return Optional.of(new Notice("reminder|" + member.code() + "|" + period.planId() + "|"
                    + period.to(), Notice.Kind.REMINDER, member.code(), "Reminder: progress report due on "
                    + period.dueOn(), about + " falls due on " + period.dueOn() + ". Submit it on time so that it "
                    + "counts as received on time.\n"));
        }
        if (period.status() == PeriodStatus.MISSING
                && !period.dueOn().isBefore(today.minusDays(settings.lookbackDays()))) {
            return Optional.of(new Notice("overdue|" + member.code() + "|" + period.planId() + "|"
                    + period.to(), Notice.Kind.OVERDUE, member.code(), "Overdue: progress report due on "
                    + period.dueOn(), about + " was due on " + period.dueOn() + " and has not been received. It "
                    + "still counts as received once submitted, though not on time.\n"));
        }
        return Optional.empty();
    }

    /** This week's digest, once its day has come. */
    private Optional<Notice> digest(List<MemberView> members, LocalDate today) {
        if (today.getDayOfWeek().compareTo(settings.digestDay()) < 0) {
            return Optional.empty();
        }
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d",
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (notifications.has("digest|" + week)) {
            return Optional.empty(); // this week's is made: not worked out again at every look
        }
        List<String> due = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<String> noAddress = new ArrayList<>();
        ReportingCalendar.Tally all = ReportingCalendar.Tally.NONE;
        for (MemberView view : members) {
            MemberSnapshot member = view.member();
            all = all.plus(view.reporting());
            for (ExpectedReport period : view.reportingCalendar()) {
                String line = member.code() + " " + period.planId() + " " + period.from() + " to " + period.to()
                        + " (due " + period.dueOn() + ")";
                if (period.status() == PeriodStatus.DUE) {
                    due.add(line);
                } else if (period.status() == PeriodStatus.MISSING) {
                    overdue.add(line);
                }
            }
            if (member.focalPoint() == null || member.focalPoint().email() == null
                    || member.focalPoint().email().isBlank()) {
                noAddress.add(member.code() + " " + member.name());
            }
        }
        String returned = lines(notifications.list(null, Notice.Kind.RETURNED), today);
        String validated = lines(notifications.list(null, Notice.Kind.VALIDATED), today);
        String body = "The network's reporting, week " + week + ": " + all.expected() + " reports expected so far, "
                + all.received() + " received, " + all.onTime() + " on time.\n\n"
                + section("Due (in their grace period)", due) + section("Overdue", overdue)
                + "Returned this week:\n" + returned + "\nNewly validated this week:\n" + validated + "\n"
                + section("Members without a focal point e-mail (they get no reminders)", noAddress);
        return Optional.of(new Notice("digest|" + week, Notice.Kind.DIGEST, null,
                "WPS network weekly digest, " + week, body));
    }

    private static String section(String title, List<String> lines) {
        return title + " (" + lines.size() + "):\n" + (lines.isEmpty() ? "  none\n"
                : lines.stream().map(line -> "  " + line).collect(Collectors.joining("\n")) + "\n") + "\n";
    }

    private String lines(List<NotificationLog.Entry> entries, LocalDate today) {
        List<String> lines = entries.stream().filter(e -> !e.recordedAt().isBefore(today.minusDays(7)
                .atStartOfDay(clock.getZone()).toInstant())).map(e -> "  " + e.memberCode() + ": " + e.subject())
                .toList();
        return lines.isEmpty() ? "  none\n" : String.join("\n", lines) + "\n";
    }
}
