package org.wpsnetwork.meetings.communiques;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.meetings.CommuniqueAdopted;
import org.wpsnetwork.contracts.meetings.MeetingSnapshot;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationAdded;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.kit.events.NewEvent;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;
import org.wpsnetwork.meetings.meetings.MeetingChanges;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.wpsnetwork.contracts.meetings.MeetingsEvents.COMMUNIQUE_ADOPTED;
import static org.wpsnetwork.contracts.meetings.MeetingsEvents.RECOMMENDATION_ADDED;

/** Builds a meeting's communiqué: its recommendations, then its adoption, which freezes them. */
@Service
public class CommuniqueService {

    /** A recommendation with the meeting that adopted it. */
    public record MeetingRecommendation(String meetingId, String meetingTitle, LocalDate adoptedOn,
                                        Recommendation recommendation) {
    }

    private final AggregateStore<MeetingSnapshot> meetings;
    /** Recommendation ids are unique across meetings; each is claimed here before it is added. */
    private final MongoCollection<Document> recommendationIds;
    private final Clock clock;

    CommuniqueService(AggregateStore<MeetingSnapshot> meetings, MongoDatabase database, Clock clock) {
        this.meetings = meetings;
        this.recommendationIds = database.getCollection("recommendation_ids");
        this.clock = clock;
    }

    public Versioned<MeetingSnapshot> addRecommendation(String meetingId, String ifMatch, RecommendationRequest request) {
        Versioned<MeetingSnapshot> current = meetings.getMatching(meetingId, ifMatch);
        MeetingSnapshot meeting = current.state();
        if (meeting.communiqueAdoptedOn() != null) {
            throw ApiProblemException.conflict("The communiqué of " + meetingId + " was adopted on "
                    + meeting.communiqueAdoptedOn() + "; its recommendations can no longer change");
        }
        claim(request.id(), meetingId, meeting);
        Recommendation recommendation = new Recommendation(request.id(), request.theme(), request.addressee(),
                request.summary().trim(), request.paragraphRef().trim());
        MeetingSnapshot updated = MeetingChanges.withRecommendation(meeting, recommendation);
        return meetings.update(meetingId, current.version(), updated,
                List.of(NewEvent.of(RECOMMENDATION_ADDED, new RecommendationAdded(updated, recommendation))));
    }

    /** Claims the id for this meeting; a claim left by an attempt that did not finish is this meeting's to reuse. */
    private void claim(String recommendationId, String meetingId, MeetingSnapshot meeting) {
        boolean inMeeting = meeting.recommendations().stream().anyMatch(r -> r.id().equals(recommendationId));
        try {
            recommendationIds.insertOne(new Document("_id", recommendationId).append("meetingId", meetingId));
            return;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document claimed = recommendationIds.find(Filters.eq("_id", recommendationId)).first();
        if (inMeeting || claimed == null || !meetingId.equals(claimed.getString("meetingId"))) {
            throw new ApiProblemException(ProblemType.ALREADY_EXISTS, "Recommendation '" + recommendationId
                    + "' already exists" + (claimed == null ? "" : " in meeting " + claimed.getString("meetingId")),
                    List.of(FieldViolation.of("id", "is taken", recommendationId)));
        }
    }

    public Versioned<MeetingSnapshot> adopt(String meetingId, String ifMatch, LocalDate adoptedOn) {
        Versioned<MeetingSnapshot> current = meetings.getMatching(meetingId, ifMatch);
        MeetingSnapshot meeting = current.state();
        if (meeting.communiqueAdoptedOn() != null) {
            throw ApiProblemException.conflict("The communiqué of " + meetingId + " was already adopted on "
                    + meeting.communiqueAdoptedOn());
        }
        List<FieldViolation> broken = new ArrayList<>();
        if (adoptedOn.isBefore(meeting.startDate())) {
            broken.add(FieldViolation.of("adoptedOn", "must not be before the meeting started on " + meeting.startDate(),
                    adoptedOn.toString()));
        }
        if (adoptedOn.isAfter(LocalDate.now(clock))) {
            broken.add(FieldViolation.of("adoptedOn", "must not be in the future", adoptedOn.toString()));
        }
        if (!broken.isEmpty()) {
            throw ApiProblemException.ruleViolated("The communiqué cannot be adopted on " + adoptedOn, broken);
        }
        MeetingSnapshot updated = MeetingChanges.adopted(meeting, adoptedOn);
        return meetings.update(meetingId, current.version(), updated,
                List.of(NewEvent.of(COMMUNIQUE_ADOPTED, new CommuniqueAdopted(updated, adoptedOn))));
    }

    /** Recommendations across meetings, newest meeting first; a null filter does not filter. */
    public List<MeetingRecommendation> recommendations(RecommendationTheme theme, String meetingId) {
        List<MeetingRecommendation> found = new ArrayList<>();
        for (Versioned<MeetingSnapshot> meeting : meetings.findAll(
                meetingId == null ? Filters.empty() : Filters.eq("_id", meetingId),
                Sorts.orderBy(Sorts.descending("state.startDate"), Sorts.ascending("_id")))) {
            for (Recommendation recommendation : meeting.state().recommendations()) {
                if (theme == null || recommendation.theme() == theme) {
                    found.add(new MeetingRecommendation(meeting.state().id(), meeting.state().title(),
                            meeting.state().communiqueAdoptedOn(), recommendation));
                }
            }
        }
        return found;
    }

    public Optional<MeetingRecommendation> recommendation(String id) {
        Document claimed = recommendationIds.find(Filters.eq("_id", id)).first();
        if (claimed == null) {
            return Optional.empty();
        }
        return recommendations(null, claimed.getString("meetingId")).stream()
                .filter(found -> found.recommendation().id().equals(id))
                .findFirst();
    }
}
