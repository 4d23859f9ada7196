package org.wpsnetwork.reporting.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.kit.projection.DeadLetterPublisher;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.reporting.members.MemberViewProjection;
import org.wpsnetwork.reporting.network.RoleViewProjection;
import org.wpsnetwork.reporting.timeline.MemberTimelineProjection;

import java.time.Clock;
import java.util.List;

/** Feeds {@code wps.membership.events} (binding {@code membershipEvents-in-0}) into the projections that use it. */
@Configuration(proxyBeanMethods = false)
class MembershipIntake {

    static final String CONSUMER = "membership-events";

    @Bean
    ProjectionRunner membershipEvents(MemberViewProjection memberViews, RoleViewProjection roleViews,
                                      MemberTimelineProjection timeline, EventCodec codec,
                                      DeadLetterPublisher deadLetters, ProjectionCheckpoints checkpoints,
                                      MeterRegistry metrics, Clock clock) {
        return new ProjectionRunner(CONSUMER, List.of(memberViews, roleViews, timeline), codec, deadLetters,
                checkpoints, metrics, clock);
    }
}
