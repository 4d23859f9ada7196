package org.wpsnetwork.meetings.members;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.DeadLetterPublisher;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.kit.replicas.MemberRules;

import java.time.Clock;
import java.util.List;

/**
 * The members as this service knows them: a replica fed by {@code wps.membership.events} (binding
 * {@code membershipEvents-in-0}), never a call to the membership service.
 */
@Configuration(proxyBeanMethods = false)
class MemberReplication {

    @Bean
    MemberReplica memberReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MemberReplica("member-replica", database.getCollection("member_replica"), mapper);
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
}
