package org.wpsnetwork.reporting.views;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.members.MemberViews;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The views made of every active member's view (the network overview, the recommendations report, the cohorts'
 * figures for comparisons), rewritten after each batch that changed a member view. Their cost is on the write side,
 * once per batch and proportional to the number of members; a read is one document. Batches of several topics that
 * finish together share one rewrite: a batch that finds one running leaves it to that one, which runs once more.
 */
@Component
public class NetworkViews {

    /** One view made of the active members' views. */
    public interface Part {

        /** Rewrites the view from {@code activeMembers}, in the order of their codes. */
        void rewrite(List<MemberView> activeMembers);
    }

    private final MemberViews members;
    private final ObjectProvider<Part> parts;
    private final ViewStore store;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    NetworkViews(MemberViews members, ObjectProvider<Part> parts, ViewStore store) {
        this.members = members;
        this.parts = parts;
        this.store = store;
    }

    /** Rewrites the network's views now or, if a rewrite is running, has it run once more when done. */
    public void refresh() {
        if (store.writingAnotherGeneration()) {
            rewriteNow(); // a rebuild's: the consumers' rewrites are of the current generation
            return;
        }
        wanted.set(true);
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                while (wanted.getAndSet(false)) {
                    rewriteNow();
                }
            } catch (RuntimeException e) {
                wanted.set(true); // still to do: the batch that failed is retried, and so is this
                throw e;
            } finally {
                running.set(false);
            }
        }
    }

    /** Rewrites them on the calling thread, in the database it writes (a rebuild's, or the current one). */
    public void rewriteNow() {
        List<MemberView> active = members.active();
        parts.orderedStream().forEach(part -> part.rewrite(active));
    }
}
