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
import org.wpsnetwork.reporting.views.MaterialisedViews;
import org.wpsnetwork.reporting.views.ViewStore;

import java.util.List;

/**
 * Feeds each topic into the projections that use it (bindings {@code <function>-in-0} in application.yml), the
 * materialised views last but for notifications, each batch inside the view store's switch lock.
 */
@Configuration(proxyBeanMethods = false)
class EventIntake {

    @Bean
    ProjectionRunner membershipEvents(MemberReplica memberReplica, RoleViewProjection roleViews,
                                      MemberTimelineProjection timeline, MaterialisedViews materialised,
                                      ViewStore store, ProjectionRunners runners) {
        return runners.runner("membership-events", List.of(memberReplica, roleViews, timeline, materialised),
                store::applying);
    }

    @Bean
    ProjectionRunner meetingsEvents(MeetingReplica meetingReplica, MemberTimelineProjection timeline,
                                    MaterialisedViews materialised, ViewStore store, ProjectionRunners runners) {
        return runners.runner("meetings-events", List.of(meetingReplica, timeline, materialised), store::applying);
    }

    @Bean
    ProjectionRunner napEvents(NapViews napViews, MemberTimelineProjection timeline, ReviewNotices reviewNotices,
                               MaterialisedViews materialised, ViewStore store, ProjectionRunners runners) {
        return runners.runner("nap-events", List.of(napViews, timeline, materialised, reviewNotices), store::applying);
    }
}
