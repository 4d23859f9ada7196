package org.wpsnetwork.kit.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.mongo.UnreadableDocuments;

import java.util.List;

/** Stored records that views leave out because they cannot be read, for the secretariat to see and correct. */
@RestController
@Tag(name = "Administration", description = "Operations on the service's own records and event intake")
public class UnreadableRecordsController {

    /** What {@code GET /api/v1/admin/unreadable-records} answers. */
    public record UnreadableRecords(List<UnreadableDocuments.Unreadable> records) {
    }

    private final UnreadableDocuments unreadable;

    public UnreadableRecordsController(UnreadableDocuments unreadable) {
        this.unreadable = unreadable;
    }

    @GetMapping("/api/v1/admin/unreadable-records")
    @Operation(summary = "Records left out of views because they cannot be read",
            description = "Each with its collection, id, the reason and when it was first and last seen; views "
                    + "that leave one out list it under skippedRecords. Empty when all is well.")
    public UnreadableRecords list() {
        return new UnreadableRecords(unreadable.list());
    }
}
