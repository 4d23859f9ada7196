package org.wpsnetwork.reporting.timeline;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    /**
     * One event as it concerned the member.
     *
     * @param by who made the change, as their sign-in named them ("Ana Pérez (focal point, ARG)"; the secretariat's
     *           entries for a member say "on behalf of"); absent for events recorded before sign-in existed
     */
    record Entry(Instant occurredAt, String eventType, String summary, String by, String aggregate,
                 long aggregateVersion, String correlationId) {
    }

    private final MongoCollection<Document> timeline;
    private final ProjectionCheckpoints checkpoints;

    TimelineController(ViewStore store, ProjectionCheckpoints checkpoints) {
        this.timeline = store.collection(MemberTimelineProjection.COLLECTION);
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/reports/members/{code}/timeline")
    @Operation(summary = "A member's timeline, newest first", description = "Paged: `page` from 1, `limit` 1 to 500 "
            + "entries (default 500); the Link header names the next page when there is one")
    ResponseEntity<Timeline> timeline(@PathVariable String code, @ParameterObject PageRequest page) {
        List<Entry> entries = new ArrayList<>();
        for (Document entry : timeline.find(Filters.eq("memberCode", code))
                .sort(Sorts.orderBy(Sorts.descending("occurredAt"), Sorts.descending("aggregateVersion")))
                .skip((int) page.offset()).limit(page.limit() + 1)) {
            entries.add(new Entry(entry.getDate("occurredAt").toInstant(), entry.getString("eventType"),
                    entry.getString("summary"), entry.getString("by"), entry.getString("aggregate"),
                    entry.get("aggregateVersion", Number.class).longValue(), entry.getString("correlationId")));
        }
        if (entries.isEmpty() && page.page() == 1) {
            throw ApiProblemException.notFound("No events concerning '" + code + "' in the reports yet");
        }
        Instant asOf = checkpoints.newest().orElse(null);
        // One more than a page was read: if it is there, so is a next page.
        return Pages.respondSlice(entries, page, items -> new Timeline(code, items, asOf));
    }
}
