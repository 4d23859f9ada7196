package org.wpsnetwork.reporting.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.mongo.FoundPage;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import org.wpsnetwork.reporting.nap.ReportingCalendar;

import java.util.List;

/** The reports behind the network's reporting rate and timeliness, one line per expected report. */
@RestController
@Tag(name = "Reporting calendar", description = "Which reports the calendar expects, and which came in on time")
class ReportingCalendarController {

    private final CalendarLines lines;

    ReportingCalendarController(CalendarLines lines) {
        this.lines = lines;
    }

    @GetMapping("/api/v1/reports/reporting-calendar")
    @Operation(summary = "Every report the active members' calendars expect so far, by member then period",
            description = "The list behind the overview's reporting figures: one line per period of every plan (one "
                    + "per year, or half-year, from the plan's start), due its grace period (default 90 days) after "
                    + "the period ends. status: ON_TIME, LATE (received after dueOn), MISSING (dueOn passed, nothing "
                    + "received), DUE (ended, dueOn not passed), OPEN (not ended). Expected = ON_TIME + LATE + "
                    + "MISSING. Every filter is optional; paged")
    ResponseEntity<List<CalendarLines.CalendarLine>> calendar(@RequestParam(required = false) Region region,
                                                @RequestParam(required = false) MemberType type,
                                                @RequestParam(required = false) ReportingCalendar.PeriodStatus status,
                                                @ParameterObject PageRequest page) {
        FoundPage<CalendarLines.CalendarLine> found = lines.find(region, type, status, page);
        return Pages.respondPage(found.items(), found.total(), page, items -> items);
    }
}
