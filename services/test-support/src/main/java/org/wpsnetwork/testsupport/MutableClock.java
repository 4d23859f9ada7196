package org.wpsnetwork.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test moves forward, to show what changes with the calendar alone. Starts at the real time. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    /** Moves the clock forward by whole days, months or years. */
    public void advance(Period period) {
        now.updateAndGet(instant -> instant.atZone(ZoneOffset.UTC).plus(period).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock runs in UTC");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
