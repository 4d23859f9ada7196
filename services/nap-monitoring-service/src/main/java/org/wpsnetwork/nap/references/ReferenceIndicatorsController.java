package org.wpsnetwork.nap.references;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.outbox.Created;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.CreatedResponses;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.kit.web.IdempotencyKeys;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;

import java.util.List;

@RestController
@Tag(name = "Reference indicators", description = "The network's catalogue of indicators members' own indicators map "
        + "to, so they can be compared")
class ReferenceIndicatorsController {

    private final ReferenceIndicators catalogue;

    ReferenceIndicatorsController(ReferenceIndicators catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping("/api/v1/reference-indicators")
    @Operation(summary = "Add an indicator to the network's catalogue (secretariat)", description = "201; 409 for a "
            + "code already in the catalogue")
    ResponseEntity<ReferenceIndicator> define(@Valid @RequestBody ReferenceIndicatorRequest request,
            @Parameter(description = "Makes a retried creation safe")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        Created<ReferenceIndicator> created = catalogue.define(request, IdempotencyKeys.of(idempotencyKey, request));
        return CreatedResponses.of(created, "/api/v1/reference-indicators/" + created.aggregate().state().code(),
                created.aggregate().state());
    }

    @GetMapping("/api/v1/reference-indicators")
    @Operation(summary = "The network's reference indicators, by code")
    ResponseEntity<List<ReferenceIndicator>> all(@ParameterObject PageRequest page) {
        return Pages.respond(catalogue.all().stream().map(Versioned::state).toList(), page);
    }

    @GetMapping("/api/v1/reference-indicators/{code}")
    @Operation(summary = "One reference indicator; ETag is its version")
    ResponseEntity<ReferenceIndicator> get(@PathVariable String code) {
        return respond(catalogue.get(code));
    }

    @PutMapping("/api/v1/reference-indicators/{code}")
    @Operation(summary = "Revise a reference indicator (secretariat)", description = "The whole entry, with If-Match; "
            + "the code stays (422 otherwise). The same entry again changes nothing")
    ResponseEntity<ReferenceIndicator> revise(@PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReferenceIndicatorRequest request) {
        return respond(catalogue.revise(code, ifMatch, request));
    }

    private static ResponseEntity<ReferenceIndicator> respond(Versioned<ReferenceIndicator> entry) {
        return ETags.ok(entry.version(), entry.state());
    }
}
