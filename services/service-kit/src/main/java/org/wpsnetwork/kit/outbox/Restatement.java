package org.wpsnetwork.kit.outbox;

import org.wpsnetwork.kit.events.Change;

/**
 * How an administrator restates a record of one aggregate type whole, e.g. one an older version stored in a form
 * that can no longer be read: the domain type checks the restated record and says which event tells consumers.
 */
@FunctionalInterface
public interface Restatement<A> {

    /**
     * @param state  the record as the administrator restates it, already read with the request limits
     * @param id     the record's id, which the state must carry
     * @param reason why it is restated, for the event and the history
     */
    Change<A> restate(A state, String id, String reason);
}
