package org.wpsnetwork.nap.replicas;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.DeadLetterPublisher;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.replicas.MeetingReplica;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.kit.replicas.MemberRules;

import java.time.Clock;
import java.util.List;

/**
 * What this service knows of members and recommendations: replicas fed by {@code wps.membership.events} and
 * {@code wps.meetings.events}, never calls to the services that own them.
 */
@Configuration(proxyBeanMethods = false)
class Replication {

    @Bean
    MemberReplica memberReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MemberReplica("member-replica", database.getCollection("member_replica"), mapper);
    }

    @Bean
    MeetingReplica meetingReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MeetingReplica("meeting-replica", database.getCollection("meeting_replica"), mapper);
    }

    @Bean
    MemberRules memberRules(MemberReplica memberReplica) {
        return new MemberRules(memberReplica);
    }

    @Bean
    ProjectionRunner membershipEvents(MemberReplica memberReplica, EventCodec codec, DeadLetterPublisher deadLetters,
                                      ProjectionCheckpoints checkpoints, MeterRegistry metrics, Clock clock) {
        return new ProjectionRunner("membership-events", List.of(memberReplica), codec, deadLetters, checkpoints,
                metrics, clock);
    }

    @Bean
    ProjectionRunner meetingsEvents(MeetingReplica meetingReplica, EventCodec codec, DeadLetterPublisher deadLetters,
                                    ProjectionCheckpoints checkpoints, MeterRegistry metrics, Clock clock) {
        return new ProjectionRunner("meetings-events", List.of(meetingReplica), codec, deadLetters, checkpoints,
                metrics, clock);
    }
}
