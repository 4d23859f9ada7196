package org.wpsnetwork.kit.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.projection.DeadLetters;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.web.ApiProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The events this service's consumers set aside, and their replay once the cause is fixed. */
@RestController
@Validated
@Tag(name = "Administration", description = "Operations on the service's own records and event intake")
public class DeadLettersController {

    /** What {@code GET /api/v1/admin/dead-letters} answers: the dead letters asked for, and how many wait. */
    public record DeadLetterList(List<DeadLetters.DeadLetter> deadLetters, long waiting) {
    }

    /** Which dead letters to replay: their ids (from the list), or none for every one that waits. */
    public record ReplayRequest(@Size(max = DeadLetters.MAX_PAGE) List<@NotNull @Pattern(regexp = "[\\w.-]{1,250}-\\d{1,5}@\\d{1,19}",
            message = "must be a dead letter id like wps.nap.events-3@1042") String> ids) {
    }

    /** How each replay went: applied, or failed again with the reason (it stays a dead letter). */
    public record ReplayResult(List<ProjectionRunner.Replay> replays, long stillWaiting) {
    }

    private final DeadLetters deadLetters;
    private final ObjectProvider<ProjectionRunner> runners;

    public DeadLettersController(DeadLetters deadLetters, ObjectProvider<ProjectionRunner> runners) {
        this.deadLetters = deadLetters;
        this.runners = runners;
    }

    @GetMapping("/api/v1/admin/dead-letters")
    @Operation(summary = "Events set aside by this service's consumers, oldest first",
            description = "Each with its origin (topic, partition, offset), event type, the reason and its replays. "
                    + "`status` WAITING (the default) or REPLAYED; at most `limit` (1 to 500, default 100).")
    public DeadLetterList list(@RequestParam(defaultValue = "WAITING") DeadLetters.Status status,
                               @RequestParam(defaultValue = "100") @Min(1) @Max(DeadLetters.MAX_PAGE) int limit) {
        return new DeadLetterList(deadLetters.list(status, limit), deadLetters.waiting());
    }

    @PostMapping("/api/v1/admin/dead-letters")
    @Operation(summary = "Replay dead letters after a fix",
            description = "Applies each again through the consumer that set it aside. One that fails again stays "
                    + "WAITING with the new reason. Without ids, every waiting dead letter (at most 500) is replayed.")
    public ReplayResult replay(@RequestBody(required = false) @Valid ReplayRequest request) {
        Map<String, ProjectionRunner> byConsumer = runners.orderedStream()
                .collect(Collectors.toMap(ProjectionRunner::consumer, Function.identity()));
        List<String> ids = request == null || request.ids() == null || request.ids().isEmpty()
                ? deadLetters.list(DeadLetters.Status.WAITING, DeadLetters.MAX_PAGE).stream()
                        .map(DeadLetters.DeadLetter::id).toList()
                : request.ids();
        List<ProjectionRunner.Replay> replays = new ArrayList<>();
        for (String id : ids) {
            DeadLetters.DeadLetter letter = deadLetters.find(id)
                    .orElseThrow(() -> ApiProblemException.notFound("No dead letter '" + id + "'"));
            if (letter.status() == DeadLetters.Status.REPLAYED) {
                replays.add(new ProjectionRunner.Replay(id, true, "already replayed"));
                continue;
            }
            ProjectionRunner runner = byConsumer.get(letter.consumer());
            if (runner == null) {
                throw ApiProblemException.conflict("Dead letter '" + id + "' belongs to consumer '" + letter.consumer()
                        + "', which this service no longer runs");
            }
            replays.add(runner.replay(id));
        }
        return new ReplayResult(replays, deadLetters.waiting());
    }
}
