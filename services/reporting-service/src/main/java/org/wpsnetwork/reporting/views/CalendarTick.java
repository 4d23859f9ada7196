package org.wpsnetwork.reporting.views;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wpsnetwork.reporting.members.MemberViews;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the calendar changes without an event (a period ending, a report falling due, a plan running out): once a
 * day, and once at start-up, every member view is worked out again and rewritten where it differs. It emits nothing.
 */
@Component
class CalendarTick {

    private static final Logger log = LoggerFactory.getLogger(CalendarTick.class);

    private final MemberViews members;
    private final NetworkViews network;
    private final ViewStore store;
    private final Clock clock;
    private volatile LocalDate done;

    CalendarTick(MemberViews members, NetworkViews network, ViewStore store, Clock clock) {
        this.members = members;
        this.network = network;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${wps.reporting.calendar-tick:PT5M}",
            fixedDelayString = "${wps.reporting.calendar-tick:PT5M}")
    void tick() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(done)) {
            return;
        }
        try {
            store.applying(() -> {
                int changed = members.refreshAll();
                network.refresh();
                log.info("Calendar tick for {}: {} member view(s) rewritten", today, changed);
            });
            done = today;
        } catch (RuntimeException e) {
            log.warn("Calendar tick for {} failed ({}); trying again at the next", today, e.toString());
        }
    }
}
