package org.wpsnetwork.kit.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When the embedded launcher starts a service, the service ends with it, even if the launcher was killed
 * without the chance to stop its children; no orphaned JVM keeps a port.
 */
public class ParentProcessWatch {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);

    public ParentProcessWatch(long parentPid, ConfigurableApplicationContext context) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> exit(parentPid, context)),
                () -> exit(parentPid, context));
    }

    private static void exit(long parentPid, ConfigurableApplicationContext context) {
        log.warn("The launcher (pid {}) has gone; shutting down", parentPid);
        System.exit(SpringApplication.exit(context));
    }
}
