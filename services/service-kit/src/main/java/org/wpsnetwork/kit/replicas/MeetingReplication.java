package org.wpsnetwork.kit.replicas;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.projection.ProjectionRunners;

import java.util.List;

/**
 * The meetings and their recommendations as a service other than meetings knows them: a replica in its own
 * collection {@code meeting_replica}, fed by {@code wps.meetings.events} through the binding
 * {@code meetingsEvents-in-0}. A service imports this where it needs meetings; nothing imports it by itself.
 */
@Configuration(proxyBeanMethods = false)
public class MeetingReplication {

    @Bean
    MeetingReplica meetingReplica(MongoDatabase database, DocumentMapper mapper) {
        return new MeetingReplica("meeting-replica", database.getCollection("meeting_replica"), mapper);
    }

    @Bean
    ProjectionRunner meetingsEvents(MeetingReplica meetingReplica, ProjectionRunners runners) {
        return runners.runner("meetings-events", List.of(meetingReplica));
    }
}
