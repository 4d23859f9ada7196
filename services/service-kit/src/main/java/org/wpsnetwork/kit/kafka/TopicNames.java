package org.wpsnetwork.kit.kafka;

/**
 * Maps a contract topic name to the name used on this broker: an optional prefix lets several deployments
 * (or test contexts) share one cluster without seeing each other's events.
 */
public record TopicNames(String prefix) {

    public TopicNames {
        prefix = prefix == null ? "" : prefix;
    }

    public String resolve(String contractTopic) {
        return prefix + contractTopic;
    }
}
