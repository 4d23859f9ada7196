package org.wpsnetwork.reporting.timeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.web.ApiProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@RestController
@Tag(name = "Member timelines", description = "What happened to a member, newest first")
class TimelineController {

    /** A member's history, newest first. */
    record Timeline(String memberCode, List<Entry> events, Instant asOf) {
    }

    /** One event as it concerned the member. */
    record Entry(Instant occurredAt, String eventType, String summary, String aggregate, long aggregateVersion,
                 String correlationId) {
    }

    private final MongoCollection<Document> timeline;
    private final ProjectionCheckpoints checkpoints;

    TimelineController(MongoDatabase database, ProjectionCheckpoints checkpoints) {
        this.timeline = database.getCollection(MemberTimelineProjection.COLLECTION);
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/members/{code}/timeline")
    @Operation(summary = "A member's timeline, newest first", description = "At most `limit` entries (1 to 500)")
    Timeline timeline(@PathVariable String code,
                      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        List<Entry> entries = new ArrayList<>();
        for (Document entry : timeline.find(Filters.eq("memberCode", code))
                .sort(Sorts.orderBy(Sorts.descending("occurredAt"), Sorts.descending("aggregateVersion")))
                .limit(limit)) {
            entries.add(new Entry(entry.getDate("occurredAt").toInstant(), entry.getString("eventType"),
                    entry.getString("summary"), entry.getString("aggregate"),
                    entry.get("aggregateVersion", Number.class).longValue(), entry.getString("correlationId")));
        }
        if (entries.isEmpty()) {
            throw ApiProblemException.notFound("No events concerning '" + code + "' in the reports yet");
        }
        return new Timeline(code, entries, checkpoints.newest().orElse(null));
    }
}
