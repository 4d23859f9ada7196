package org.wpsnetwork.reporting.meetings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.meetings.MeetingChange;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.kit.projection.VersionGuard;

import java.util.ArrayList;
import java.util.List;

/**
 * One document per meeting with its facts, attendance and recommendations, kept at the newest version seen.
 * Member views join them at read time, so it does not matter whether a meeting or its members arrive first.
 */
@Component
public class MeetingViews implements Projection {

    private static final String MEETING = "meeting";

    private final MongoCollection<Document> views;
    private final DocumentMapper mapper;

    MeetingViews(MongoDatabase database, DocumentMapper mapper) {
        this.views = database.getCollection("meeting_views");
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "meeting-views";
    }

    @Override
    public List<Outcome> apply(List<EventEnvelope<?>> events) {
        return Projection.applyToRelevant(events, event -> event.payload() instanceof MeetingChange,
                changes -> VersionGuard.upsertNewest(views, changes, EventEnvelope::aggregateId,
                        event -> Updates.set(MEETING, mapper.toDocument(((MeetingChange) event.payload()).meeting()))));
    }

    /** Every meeting on record, newest first. The network holds a few meetings a year, so all fit in memory. */
    public List<MeetingSnapshot> all() {
        List<MeetingSnapshot> meetings = new ArrayList<>();
        for (Document view : views.find().sort(Sorts.orderBy(Sorts.descending(MEETING + ".startDate"),
                Sorts.ascending("_id")))) {
            meetings.add(mapper.fromDocument(view.get(MEETING, Document.class), MeetingSnapshot.class));
        }
        return meetings;
    }
}
