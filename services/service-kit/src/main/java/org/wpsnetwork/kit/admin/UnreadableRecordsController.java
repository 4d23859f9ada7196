package org.wpsnetwork.kit.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.mongo.UnreadableDocuments;
import org.wpsnetwork.kit.outbox.RestatableRecords;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.kit.web.FieldViolation;
import org.bson.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stored records that lists and views leave out because they cannot be read, for the secretariat to see, and
 * for an administrator to restate where the record is a service's own (an action plan, a progress report).
 */
@RestController
@Tag(name = "Administration", description = "Operations on the service's own records and event intake")
public class UnreadableRecordsController {

    /** The longest reason a restatement may give. */
    public static final int MAX_REASON_LENGTH = 500;

    /** What {@code GET /api/v1/admin/unreadable-records} answers. */
    public record UnreadableRecords(List<UnreadableDocuments.Unreadable> records) {
    }

    /** The most values one restatement may replace. */
    public static final int MAX_VALUES = 200;

    /** What a restatement sends: why, and the values to put at their paths. */
    public record RestateRequest(String reason, Map<String, JsonNode> values) {
    }

    /** What a restatement answers: the record's place and its new version (also the ETag). */
    public record Restated(String collection, String id, long version) {
    }

    private final UnreadableDocuments unreadable;
    private final RestatableRecords restatable;
    private final JsonMapper requestMapper;

    public UnreadableRecordsController(UnreadableDocuments unreadable, RestatableRecords restatable,
                                       JsonMapper requestMapper) {
        this.unreadable = unreadable;
        this.restatable = restatable;
        this.requestMapper = requestMapper;
    }

    @GetMapping("/api/v1/admin/unreadable-records")
    @Operation(summary = "Records left out of lists and views because they cannot be read",
            description = "Each with its collection, id, the reason and when it was first and last seen; views "
                    + "that leave one out list it under skippedRecords. Empty when all is well.")
    public UnreadableRecords list() {
        return new UnreadableRecords(unreadable.list());
    }

    @PutMapping(value = "/api/v1/admin/unreadable-records/{collection}/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Repair one of the service's own records by restating some of its values",
            description = "Body: {reason, values: {path: number}}, each path as a 400 names a field, relative to the "
                    + "record's state (indicators[0].baseline); only figures are restated, never ids, codes, texts or dates. The record with them must read with the "
                    + "limits of every request (a 400 names each value that still cannot), and the domain's rules "
                    + "apply. If-Match is the stored version (the 409 unreadable-record answer gives the way here). "
                    + "The record gets a new version and an event tells every consumer (ActionPlanCorrected, "
                    + "ProgressReportCorrected). 404 for collections that are not restated here: a view's copy is "
                    + "rewritten by the next event of its record.")
    public ResponseEntity<Restated> restate(@PathVariable String collection, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody byte[] body, HttpServletRequest request) {
        RestatableRecords.Target target = restatable.of(collection).orElseThrow(() -> ApiProblemException.notFound(
                "Records of '" + collection + "' are not restated here"));
        RestateRequest restatement = read(body, RestateRequest.class, request);
        List<FieldViolation> malformed = new ArrayList<>();
        String reason = restatement.reason() == null ? "" : restatement.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
            malformed.add(FieldViolation.of("reason", "must be 1 to " + MAX_REASON_LENGTH + " characters"));
        }
        if (restatement.values() == null || restatement.values().isEmpty()
                || restatement.values().size() > MAX_VALUES) {
            malformed.add(FieldViolation.of("values", "must name 1 to " + MAX_VALUES + " values to restate"));
        }
        ApiProblemException.requireWellFormed(malformed);
        Document stored = target.storedState(id);
        if (stored == null) {
            throw ApiProblemException.notFound("There is no record '" + id + "' in " + collection);
        }
        Object restated = read(RecordPatch.apply(requestMapper, stored, restatement.values())
                .getBytes(StandardCharsets.UTF_8), target.stateType(), request);
        long version = target.restate(id, ifMatch, restated, reason);
        return ETags.ok(version, new Restated(collection, id, version));
    }

    /** Read with the limits of every request body; a failure is described like any unreadable body, naming the field. */
    private <T> T read(byte[] json, Class<T> type, HttpServletRequest request) {
        try {
            return requestMapper.readerFor(type).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(json);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("The body cannot be read", e,
                    new ServletServerHttpRequest(request));
        }
    }
}
