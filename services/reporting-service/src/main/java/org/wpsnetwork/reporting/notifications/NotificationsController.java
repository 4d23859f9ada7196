package org.wpsnetwork.reporting.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;

import java.util.List;

/** The notifications log, for the secretariat: every mail the network sent or could not send, newest first. */
@RestController
@Tag(name = "Notifications", description = "Reminders, notices and digests by e-mail")
class NotificationsController {

    /** Turns on the settings and the calendar's schedule. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @EnableConfigurationProperties(NotificationSettings.class)
    static class NotificationsConfiguration {
    }

    private final NotificationLog log;

    NotificationsController(NotificationLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/reports/notifications")
    @Operation(summary = "Every notification recorded, newest first (secretariat)", description = "kind: REMINDER, "
            + "OVERDUE, RETURNED, VALIDATED, DIGEST; state: PENDING, SENDING, SENT, NO_ADDRESS (the member has no "
            + "focal point e-mail), UNCONFIRMED (the service stopped while handing it over; never sent again). "
            + "Filters optional; paged")
    ResponseEntity<List<NotificationLog.Entry>> notifications(@RequestParam(required = false) String member,
                                                              @RequestParam(required = false) Notice.Kind kind,
                                                              @ParameterObject PageRequest page) {
        return Pages.respond(log.list(member, kind), page);
    }
}
