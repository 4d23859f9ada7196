package org.wpsnetwork.reporting.views;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.members.MemberViews;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The views made of every active member's view (the network overview, the recommendations report, the cohorts'
 * figures for comparisons), rewritten after batches that changed a member view. Their cost is on the write side,
 * proportional to the number of members, and off the consumers' threads: one rewriter runs while batches go on,
 * and the batches that finish meanwhile share its next round; a read is one document. A rebuild rewrites its new
 * generation itself, on its own thread.
 */
@Component
public class NetworkViews {

    private static final Logger log = LoggerFactory.getLogger(NetworkViews.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** One view made of the active members' views. */
    public interface Part {

        /** Rewrites the view from {@code activeMembers}, in the order of their codes. */
        void rewrite(List<MemberView> activeMembers);
    }

    private final MemberViews members;
    private final ObjectProvider<Part> parts;
    private final ViewStore store;
    private final ExecutorService rewriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "network-views");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();

    NetworkViews(MemberViews members, ObjectProvider<Part> parts, ViewStore store) {
        this.members = members;
        this.parts = parts;
        this.store = store;
    }

    /** Has the network's views rewritten soon: now, or once the round running is done. */
    public void refresh() {
        if (store.writingAnotherGeneration()) {
            rewriteNow();
            return;
        }
        wanted.set(true);
        if (queued.compareAndSet(false, true)) {
            try {
                rewriter.execute(this::rewriteWhileWanted);
            } catch (RejectedExecutionException stopping) {
                queued.set(false); // the service is stopping; the next start rewrites them
            }
        }
    }

    /** At start: what changed while the service was away, or views kept from before they were materialised. */
    @EventListener(ApplicationReadyEvent.class)
    void rewriteAtStart() {
        refresh();
    }

    @PreDestroy
    void stop() {
        rewriter.shutdownNow();
    }

    /** Rewrites them on the calling thread, in the database it writes (a rebuild's, or the current one). */
    public void rewriteNow() {
        List<MemberView> active = members.active();
        parts.orderedStream().forEach(part -> part.rewrite(active));
    }

    private void rewriteWhileWanted() {
        try {
            while (wanted.getAndSet(false)) {
                try {
                    store.applying(this::rewriteNow); // a switch of generations waits for the round
                } catch (RuntimeException e) {
                    wanted.set(true);
                    log.warn("The network's views could not be rewritten ({}); trying again in {} s", e.toString(),
                            RETRY_AFTER.toSeconds());
                    Thread.sleep(RETRY_AFTER.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            queued.set(false);
        }
        if (wanted.get()) {
            refresh(); // asked for between the last round and the end of this one
        }
    }
}
