package org.wpsnetwork.kit.replicas;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.wpsnetwork.contracts.meetings.MeetingChange;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.kit.mongo.DocumentMapper;

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
public class MeetingReplica extends SnapshotReplica<MeetingSnapshot> {

    private static final String MEETING = "meeting";

    /** A recommendation with the meeting that made it; {@code adoptedOn} is null while its communiqué is pending. */
    public record MeetingRecommendation(String meetingId, String meetingTitle, LocalDate adoptedOn,
                                        Recommendation recommendation) {
    }

    /**
     * @param name the projection's name in metrics and logs, e.g. "meeting-views"
     */
    public MeetingReplica(String name, MongoCollection<Document> meetings, DocumentMapper mapper) {
        super(name, meetings, mapper, MEETING, MeetingSnapshot.class,
                payload -> payload instanceof MeetingChange change ? change.meeting() : null);
    }

    /** Every meeting on record, newest first. The network holds a few meetings a year, so all fit in memory. */
    public List<MeetingSnapshot> all() {
        List<MeetingSnapshot> all = new ArrayList<>();
        for (Document document : collection.find().sort(Sorts.orderBy(Sorts.descending(MEETING + ".startDate"),
                Sorts.ascending("_id")))) {
            all.add(snapshot(document));
        }
        return all;
    }

    /** The recommendations among {@code ids} that the replica knows, by id. */
    public Map<String, MeetingRecommendation> recommendations(Collection<String> ids) {
        Map<String, MeetingRecommendation> found = new LinkedHashMap<>();
        for (Document document : collection.find(Filters.in(MEETING + ".recommendations.id", ids))) {
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
}
