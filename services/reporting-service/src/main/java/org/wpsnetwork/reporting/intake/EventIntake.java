package org.wpsnetwork.reporting.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.projection.ProjectionRunners;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.reporting.nap.NapViews;
import org.wpsnetwork.reporting.notifications.ReviewNotices;
import org.wpsnetwork.reporting.network.RoleViewProjection;
import org.wpsnetwork.reporting.timeline.MemberTimelineProjection;

import java.util.List;

/** Feeds each topic into the projections that use it (bindings {@code <function>-in-0} in application.yml). */
@Configuration(proxyBeanMethods = false)
class EventIntake {

    @Bean
    ProjectionRunner membershipEvents(MemberReplica memberReplica, RoleViewProjection roleViews,
                                      MemberTimelineProjection timeline, ProjectionRunners runners) {
        return runners.runner("membership-events", List.of(memberReplica, roleViews, timeline));
    }

    @Bean
    ProjectionRunner meetingsEvents(MeetingReplica meetingReplica, MemberTimelineProjection timeline,
                                    ProjectionRunners runners) {
        return runners.runner("meetings-events", List.of(meetingReplica, timeline));
    }

    @Bean
    ProjectionRunner napEvents(NapViews napViews, MemberTimelineProjection timeline, ReviewNotices reviewNotices,
                               ProjectionRunners runners) {
        return runners.runner("nap-events", List.of(napViews, timeline, reviewNotices));
    }
}
