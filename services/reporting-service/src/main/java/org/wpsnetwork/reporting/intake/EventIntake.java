package org.wpsnetwork.reporting.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.projection.ProjectionRunners;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.nap.NapViews;
import org.wpsnetwork.reporting.network.RoleViewProjection;
import org.wpsnetwork.reporting.notifications.ReviewNotices;
import org.wpsnetwork.reporting.timeline.MemberTimelineProjection;
import org.wpsnetwork.reporting.views.MaterialisedViews;
import org.wpsnetwork.reporting.views.ViewSources;
import org.wpsnetwork.reporting.views.ViewStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Feeds each topic into the projections that use it (bindings {@code <function>-in-0} in application.yml): the
 * views built from its events, then the materialised views made of them, then notifications; each batch inside the
 * view store's switch lock. A rebuild replays the same {@link ViewSources}.
 */
@Configuration(proxyBeanMethods = false)
class EventIntake {

    @Bean
    ViewSources viewSources(MemberReplica memberReplica, RoleViewProjection roleViews, MeetingReplica meetingReplica,
                            NapViews napViews, MemberTimelineProjection timeline) {
        return new ViewSources(Map.of(
                Topics.MEMBERSHIP, List.of(memberReplica, roleViews, timeline),
                Topics.MEETINGS, List.of(meetingReplica, timeline),
                Topics.NAP, List.of(napViews, timeline)));
    }

    @Bean
    ProjectionRunner membershipEvents(ViewSources sources, MaterialisedViews materialised, ViewStore store,
                                      ProjectionRunners runners) {
        return runners.runner("membership-events", sources.withMaterialised(Topics.MEMBERSHIP, materialised),
                store::applying);
    }

    @Bean
    ProjectionRunner meetingsEvents(ViewSources sources, MaterialisedViews materialised, ViewStore store,
                                    ProjectionRunners runners) {
        return runners.runner("meetings-events", sources.withMaterialised(Topics.MEETINGS, materialised),
                store::applying);
    }

    @Bean
    ProjectionRunner napEvents(ViewSources sources, MaterialisedViews materialised, ReviewNotices reviewNotices,
                               ViewStore store, ProjectionRunners runners) {
        List<Projection> projections = new ArrayList<>(sources.withMaterialised(Topics.NAP, materialised));
        projections.add(reviewNotices);
        return runners.runner("nap-events", projections, store::applying);
    }
}
