package org.wpsnetwork.kit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.wpsnetwork.kit.outbox.Created;

import java.net.URI;

/** How every creation answers: 201 with Location and ETag, or 200 with the same for a retry that was replayed. */
public final class CreatedResponses {

    private CreatedResponses() {
    }

    public static <B> ResponseEntity<B> of(Created<?> created, String location, B body) {
        return ResponseEntity.status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create(location))
                .eTag(ETags.of(created.aggregate().version()))
                .body(body);
    }
}
