package org.wpsnetwork.meetings;

import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceUnderTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * The members the meetings tests rely on, published as membership events so that the service's replica
 * learns them the way it does in production: Germany, Spain, Namibia, Switzerland, South Africa and the African
 * Union since the founding; Kenya since 2020; France, which withdrew at the end of 2018.
 */
final class NetworkMembers {

    private NetworkMembers() {
    }

    static void publish(ServiceUnderTest service) {
        LocalDate founding = LocalDate.of(2016, 9, 23);
        MembershipHistory france = new MembershipHistory("FRA", "France", MemberType.STATE, Region.EUROPE)
                .joinedOn(founding);
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            publisher.publish(
                    new MembershipHistory("DEU", "Germany", MemberType.STATE, Region.EUROPE).joinedOn(founding).admitted(),
                    new MembershipHistory("ESP", "Spain", MemberType.STATE, Region.EUROPE).joinedOn(founding).admitted(),
                    new MembershipHistory("NAM", "Namibia", MemberType.STATE, Region.AFRICA).joinedOn(founding).admitted(),
                    new MembershipHistory("CHE", "Switzerland", MemberType.STATE, Region.EUROPE).joinedOn(founding)
                            .admitted(),
                    new MembershipHistory("ZAF", "South Africa", MemberType.STATE, Region.AFRICA).joinedOn(founding)
                            .admitted(),
                    new MembershipHistory("AU", "African Union", MemberType.REGIONAL_ORGANIZATION, Region.AFRICA)
                            .joinedOn(founding).admitted(),
                    new MembershipHistory("KEN", "Kenya", MemberType.STATE, Region.AFRICA)
                            .joinedOn(LocalDate.of(2020, 3, 1)).admitted(),
                    france.admitted(),
                    france.withdrew(LocalDate.of(2018, 12, 31)));
        }
    }

    /**
     * Sends a request until the service no longer answers that a member is unknown: its replica learns members
     * from events, a moment after they are published.
     */
    static Http.Response onceMembersAreKnown(Supplier<Http.Response> request) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(request::get,
                response -> !(response.status() == 422 && response.body().contains("urn:wps:problem:unknown-members")));
    }
}
