package org.wpsnetwork.contracts;

import org.wpsnetwork.contracts.meetings.MeetingsEvents;
import org.wpsnetwork.contracts.membership.MembershipEvents;
import org.wpsnetwork.contracts.nap.NapEvents;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every event type and schema version in the system, for decoding and contract checks. */
public final class EventCatalog {

    /** Every type a consumer reads: the versions written now and the earlier ones still on the topics. */
    public static final List<EventType<?>> ALL = Stream.of(MembershipEvents.ALL, MeetingsEvents.ALL, NapEvents.ALL,
                    NapEvents.EARLIER)
            .flatMap(List::stream)
            .toList();

    private EventCatalog() {
    }

    public static Optional<EventType<?>> find(String name, int schemaVersion) {
        return ALL.stream()
                .filter(type -> type.name().equals(name) && type.schemaVersion() == schemaVersion)
                .findFirst();
    }

    public static boolean knowsName(String name) {
        return ALL.stream().anyMatch(type -> type.name().equals(name));
    }
}
