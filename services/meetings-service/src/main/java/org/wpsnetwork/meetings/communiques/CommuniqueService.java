package org.wpsnetwork.meetings.communiques;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Service;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.outbox.AggregateStore;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;
import org.wpsnetwork.meetings.meetings.Meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a meeting's communiqué: its recommendations, then its adoption, which freezes them. */
@Service
public class CommuniqueService {

    /** A recommendation with the meeting that adopted it. */
    public record MeetingRecommendation(String meetingId, String meetingTitle, LocalDate adoptedOn,
                                        Recommendation recommendation) {
    }

    private final AggregateStore<Meeting> meetings;
    /** Recommendation ids are unique across meetings; each is claimed here before it is added. */
    private final MongoCollection<Document> recommendationIds;
    private final Clock clock;

    CommuniqueService(AggregateStore<Meeting> meetings, MongoDatabase database, Clock clock) {
        this.meetings = meetings;
        this.recommendationIds = database.getCollection("recommendation_ids");
        this.clock = clock;
    }

    public Versioned<Meeting> addRecommendation(String meetingId, String ifMatch, RecommendationRequest request) {
        Versioned<Meeting> current = meetings.getMatching(meetingId, ifMatch);
        Change<Meeting> added = current.state().addRecommendation(new Recommendation(request.id(), request.theme(),
                request.addressee(), request.summary().trim(), request.paragraphRef().trim()));
        claim(request.id(), meetingId, current.state());
        return meetings.update(meetingId, current, added);
    }

    /** Claims the id for this meeting; a claim left by an attempt that did not finish is this meeting's to reuse. */
    private void claim(String recommendationId, String meetingId, Meeting meeting) {
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

    public Versioned<Meeting> adopt(String meetingId, String ifMatch, LocalDate adoptedOn) {
        Versioned<Meeting> current = meetings.getMatching(meetingId, ifMatch);
        return meetings.update(meetingId, current, current.state().adoptCommunique(adoptedOn, LocalDate.now(clock)));
    }

    /** Recommendations across meetings, newest meeting first; a null filter does not filter. */
    public List<MeetingRecommendation> recommendations(RecommendationTheme theme, String meetingId) {
        List<MeetingRecommendation> found = new ArrayList<>();
        for (Versioned<Meeting> meeting : meetings.findAll(
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
