package org.wpsnetwork.kit.projection;

/**
 * What a consumer applies each batch inside of: for a service that can switch its views to a rebuilt set, a lock
 * that keeps a switch from falling in the middle of a batch.
 */
@FunctionalInterface
public interface BatchScope {

    BatchScope NONE = Runnable::run;

    void around(Runnable batch);
}
