package org.wpsnetwork.kit.replicas;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.meetings.MeetingChange;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's own copy of the network's meetings, built from {@code wps.meetings.events}: facts, attendance,
 * recommendations and communiqué adoption, kept at the newest version seen of each meeting.
 */
public class MeetingReplica implements Projection {

    private static final String MEETING = "meeting";

    /** A recommendation with the meeting that made it; {@code adoptedOn} is null while its communiqué is pending. */
    public record MeetingRecommendation(String meetingId, String meetingTitle, LocalDate adoptedOn,
                                        Recommendation recommendation) {
    }

    private final String name;
    private final MongoCollection<Document> meetings;
    private final DocumentMapper mapper;

    /**
     * @param name the projection's name in metrics and logs, e.g. "meeting-views"
     */
    public MeetingReplica(String name, MongoCollection<Document> meetings, DocumentMapper mapper) {
        this.name = name;
        this.meetings = meetings;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        return Projection.applyToRelevant(events, event -> event.payload() instanceof MeetingChange,
                changes -> VersionGuard.upsertNewest(meetings, changes, EventEnvelope::aggregateId,
                        event -> Updates.set(MEETING, mapper.toDocument(((MeetingChange) event.payload()).meeting()))));
    }

    /** Every meeting on record, newest first. The network holds a few meetings a year, so all fit in memory. */
    public List<MeetingSnapshot> all() {
        List<MeetingSnapshot> all = new ArrayList<>();
        for (Document document : meetings.find().sort(Sorts.orderBy(Sorts.descending(MEETING + ".startDate"),
                Sorts.ascending("_id")))) {
            all.add(snapshot(document));
        }
        return all;
    }

    /** The recommendations among {@code ids} that the replica knows, by id. */
    public Map<String, MeetingRecommendation> recommendations(Collection<String> ids) {
        Map<String, MeetingRecommendation> found = new LinkedHashMap<>();
        for (Document document : meetings.find(Filters.in(MEETING + ".recommendations.id", ids))) {
            MeetingSnapshot meeting = snapshot(document);
            for (Recommendation recommendation : meeting.recommendations()) {
                if (ids.contains(recommendation.id())) {
                    found.put(recommendation.id(), new MeetingRecommendation(meeting.id(), meeting.title(),
                            meeting.communiqueAdoptedOn(), recommendation));
                }
            }
        }
        return found;
    }

    private MeetingSnapshot snapshot(Document document) {
        return mapper.fromDocument(document.get(MEETING, Document.class), MeetingSnapshot.class);
    }
}
