package org.wpsnetwork.reporting.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.kit.projection.DeadLetterPublisher;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.reporting.nap.NapViews;
import org.wpsnetwork.reporting.network.RoleViewProjection;
import org.wpsnetwork.reporting.timeline.MemberTimelineProjection;

import java.time.Clock;
import java.util.List;

/** Feeds each topic into the projections that use it (bindings {@code <function>-in-0} in application.yml). */
@Configuration(proxyBeanMethods = false)
class EventIntake {

    @Bean
    ProjectionRunner membershipEvents(MemberReplica memberReplica, RoleViewProjection roleViews,
                                      MemberTimelineProjection timeline, EventCodec codec,
                                      DeadLetterPublisher deadLetters, ProjectionCheckpoints checkpoints,
                                      MeterRegistry metrics, Clock clock) {
        return new ProjectionRunner("membership-events", List.of(memberReplica, roleViews, timeline), codec,
                deadLetters, checkpoints, metrics, clock);
    }

    @Bean
    ProjectionRunner meetingsEvents(MeetingReplica meetingReplica, MemberTimelineProjection timeline, EventCodec codec,
                                    DeadLetterPublisher deadLetters, ProjectionCheckpoints checkpoints,
                                    MeterRegistry metrics, Clock clock) {
        return new ProjectionRunner("meetings-events", List.of(meetingReplica, timeline), codec, deadLetters,
                checkpoints, metrics, clock);
    }

    @Bean
    ProjectionRunner napEvents(NapViews napViews, MemberTimelineProjection timeline, EventCodec codec,
                               DeadLetterPublisher deadLetters, ProjectionCheckpoints checkpoints, MeterRegistry metrics,
                               Clock clock) {
        return new ProjectionRunner("nap-events", List.of(napViews, timeline), codec, deadLetters, checkpoints,
                metrics, clock);
    }
}
