package org.wpsnetwork.portal.sessions;

import com.mongodb.client.MongoClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

import java.time.Clock;
import java.time.Duration;

/** The portal's sessions live in its own database, the only thing it stores; they are not the network's data. */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    @Bean
    MongoSessionRepository sessionRepository(MongoClient mongo,
                                             @Value("${wps.portal.sessions.database:wps-portal}") String database,
                                             @Value("${server.servlet.session.timeout:30m}") Duration timeout,
                                             Clock clock) {
        return new MongoSessionRepository(mongo.getDatabase(database).getCollection("sessions"), timeout, clock);
    }
}
