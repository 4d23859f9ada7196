package org.wpsnetwork.kit.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Start-up work that must succeed once but must not stop the service when what it needs is away (the broker,
 * the database): tried at once, then again in the background, with growing pauses, until it succeeds.
 */
public final class RetriedUntilDone {

    /** One try; throws when it did not succeed. */
    @FunctionalInterface
    public interface Attempt {
        void run() throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(RetriedUntilDone.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final String what;
    private final Attempt attempt;
    private final Runnable afterwards;
    private volatile boolean done;
    private volatile Thread worker;

    /** @param what what the work does, for the log, e.g. "create the event topics" */
    public RetriedUntilDone(String what, Attempt attempt) {
        this(what, attempt, () -> { });
    }

    /** @param afterwards runs once, on the thread that succeeded, right after {@link #done()} became true */
    public RetriedUntilDone(String what, Attempt attempt, Runnable afterwards) {
        this.what = what;
        this.attempt = attempt;
        this.afterwards = afterwards;
    }

    public boolean done() {
        return done;
    }

    public boolean trying() {
        return worker != null;
    }

    /** Tries now; if that fails, goes on trying in the background and returns. */
    public synchronized void start() {
        if (done || worker != null) {
            return;
        }
        try {
            attempt.run();
            done = true;
            afterwards.run();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            log.warn("Could not {} yet ({}); going on without it and retrying in the background", what, e.getMessage());
        }
        worker = new Thread(this::retry, "retry: " + what);
        worker.setDaemon(true);
        worker.start();
    }

    public synchronized void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
        }
    }

    private void retry() {
        for (int tries = 1; !done && worker == Thread.currentThread(); tries++) {
            try {
                Thread.sleep(Math.min(LONGEST_PAUSE.toMillis(), 2_000L * tries));
                attempt.run();
                done = true;
                worker = null;
                log.info("Could {} after {} more tries", what, tries);
                afterwards.run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Still cannot {} ({}); retrying", what, e.getMessage());
            }
        }
    }
}
