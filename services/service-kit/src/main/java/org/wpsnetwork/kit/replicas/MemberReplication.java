package org.wpsnetwork.kit.replicas;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.projection.ProjectionRunners;

import java.util.List;

/**
 * The members as a service other than membership knows them: a replica in its own collection
 * {@code member_replica}, fed by {@code wps.membership.events} through the binding {@code membershipEvents-in-0},
 * and the rules checked against it. A service imports this where it needs members; nothing imports it by itself.
 */
@Configuration(proxyBeanMethods = false)
public class MemberReplication {

    @Bean
    MemberReplica memberReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MemberReplica("member-replica", database.getCollection("member_replica"), mapper);
    }

    @Bean
    MemberRules memberRules(MemberReplica memberReplica) {
        return new MemberRules(memberReplica);
    }

    @Bean
    ProjectionRunner membershipEvents(MemberReplica memberReplica, ProjectionRunners runners) {
        return runners.runner("membership-events", List.of(memberReplica));
    }
}
