package org.wpsnetwork.reporting.views;

/**
 * A part of the views that comes from this service's own records rather than from events (the mails the
 * notifications sent, in the members' timelines): a rebuild asks it to write itself into the new generation.
 */
public interface ViewsBeyondEvents {

    void rewrite();
}
