package org.wpsnetwork.reporting.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DayOfWeek;
import java.time.Duration;

/**
 * Reminders, notices and the secretariat's weekly digest by e-mail ({@code wps.notifications.*}); the mail server
 * is {@code spring.mail.*}.
 *
 * @param enabled      off unless a mail server is configured (the embedded default and compose turn it on)
 * @param from         the sender of every mail
 * @param secretariat  where the weekly digest goes
 * @param reminderDays how many days before a report falls due its reminder goes out
 * @param lookbackDays how far back an overdue period, a return or a validation still gets its notice: a first
 *                     start on a long history does not mail its past
 * @param digestDay    the day of the week the digest goes out
 * @param interval     how often the calendar is looked at and pending mail sent
 */
@ConfigurationProperties("wps.notifications")
public record NotificationSettings(@DefaultValue("false") boolean enabled,
                                   @DefaultValue("wps-network@localhost") String from,
                                   @DefaultValue("secretariat@localhost") String secretariat,
                                   @DefaultValue("30") int reminderDays,
                                   @DefaultValue("30") int lookbackDays,
                                   @DefaultValue("MONDAY") DayOfWeek digestDay,
                                   @DefaultValue("PT1M") Duration interval) {

    public NotificationSettings {
        if (reminderDays < 1 || reminderDays > 365 || lookbackDays < 0 || lookbackDays > 365) {
            throw new IllegalArgumentException("wps.notifications.reminder-days must be 1 to 365 and lookback-days "
                    + "0 to 365");
        }
    }
}
