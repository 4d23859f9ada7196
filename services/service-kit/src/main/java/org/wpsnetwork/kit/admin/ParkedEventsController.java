package org.wpsnetwork.kit.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.outbox.OutboxRelay;

import java.util.List;

/** Events the broker could never accept, holding back their aggregates, and their release once fixed. */
@RestController
@Tag(name = "Administration", description = "Operations on the service's own records and event intake")
public class ParkedEventsController {

    /** What the parked-events endpoints answer: the aggregates held back, and how many were just released. */
    public record ParkedEvents(List<OutboxRelay.Parked> parked, long released) {
    }

    private final OutboxRelay relay;

    public ParkedEventsController(OutboxRelay relay) {
        this.relay = relay;
    }

    @GetMapping("/api/v1/admin/outbox/parked")
    @Operation(summary = "Aggregates whose next event the broker can never accept",
            description = "Each with the event and the broker's reason. Their later events wait behind it; every "
                    + "other aggregate is published as usual. Empty when all is well.")
    public ParkedEvents list() {
        return new ParkedEvents(relay.parked(), 0);
    }

    @PostMapping("/api/v1/admin/outbox/parked")
    @Operation(summary = "Try parked events again", description = "After the cause was fixed (for example the "
            + "broker's message size limit raised). An event that still cannot be accepted is parked again.")
    public ParkedEvents release() {
        long released = relay.releaseParked();
        return new ParkedEvents(relay.parked(), released);
    }
}
