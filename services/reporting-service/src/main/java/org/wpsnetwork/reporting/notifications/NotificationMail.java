package org.wpsnetwork.reporting.notifications;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.wpsnetwork.reporting.views.ViewsBeyondEvents;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.timeline.MemberTimelineProjection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends what the log holds as pending, each notice at most once: claimed before it is handed to the mail server,
 * settled after. A mail server that does not answer leaves the notice pending for the next round.
 */
@Component
class NotificationMail implements ViewsBeyondEvents {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    /** A claim older than this was left by a run that stopped while handing the mail over. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(5);

    private final NotificationLog notifications;
    private final JavaMailSender mail;
    private final MemberReplica members;
    private final MemberTimelineProjection timeline;
    private final NotificationSettings settings;
    private final Clock clock;

    NotificationMail(NotificationLog notifications, ObjectProvider<JavaMailSender> mail, MemberReplica members,
                     MemberTimelineProjection timeline, NotificationSettings settings, Clock clock) {
        this.notifications = notifications;
        this.mail = mail.getIfAvailable();
        if (settings.enabled() && this.mail == null) {
            throw new IllegalStateException("wps.notifications.enabled is true but no mail server is configured: "
                    + "set spring.mail.host and spring.mail.port (the embedded default starts GreenMail)");
        }
        this.members = members;
        this.timeline = timeline;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends every pending notice; answers how many went out. */
    int sendPending() {
        notifications.markUnconfirmed(clock.instant().minus(STALE_CLAIM));
        int sent = 0;
        for (Document pending : notifications.pending()) {
            String key = pending.getString("_id");
            Notice.Kind kind = Notice.Kind.valueOf(pending.getString("kind"));
            String memberCode = pending.getString("memberCode");
            Optional<String> to = kind == Notice.Kind.DIGEST ? Optional.of(settings.secretariat())
                    : members.find(memberCode).map(replicated -> replicated.member())
                    .map(MemberSnapshot::focalPoint).map(focalPoint -> focalPoint.email())
                    .filter(email -> !email.isBlank());
            Instant now = clock.instant();
            if (to.isEmpty()) {
                notifications.settle(key, NotificationLog.State.NO_ADDRESS, null, null);
                continue;
            }
            if (!notifications.claim(key)) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(to.get());
            message.setSubject(pending.getString("subject"));
            message.setText(pending.getString("body"));
            try {
                mail.send(message);
            } catch (MailException e) {
                notifications.release(key);
                log.warn("The mail server did not take notification {} ({}); trying again in {}", key,
                        e.getMessage(), settings.interval());
                return sent;
            }
            notifications.settle(key, NotificationLog.State.SENT, to.get(), now);
            if (memberCode != null) {
                timeline.recordNotification(memberCode, key, now, sentSummary(pending.getString("subject")));
            }
            sent++;
        }
        return sent;
    }

    /** The mails sent to members, into a rebuilt timeline: the notification log records them, no event does. */
    @Override
    public void rewrite() {
        for (NotificationLog.Entry entry : notifications.list(null, null)) {
            if (entry.state() == NotificationLog.State.SENT && entry.memberCode() != null && entry.sentAt() != null) {
                timeline.recordNotification(entry.memberCode(), entry.key(), entry.sentAt(),
                        sentSummary(entry.subject()));
            }
        }
    }

    private static String sentSummary(String subject) {
        return "E-mailed the focal point: " + subject;
    }
}
