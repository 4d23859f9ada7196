package org.wpsnetwork.membership.roles;

import org.springdoc.core.annotations.ParameterObject;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.kit.web.Pages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.web.ETags;

import java.util.List;

@RestController
@RequestMapping("/api/v1/network/roles")
@Tag(name = "Network roles", description = "Chair, co-chairs, troika and leadership quad, year by year")
class NetworkRolesController {

    private final NetworkRolesService service;

    NetworkRolesController(NetworkRolesService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The roles of every year recorded, newest first")
    ResponseEntity<List<NetworkRolesResponse>> all(@ParameterObject PageRequest page) {
        return Pages.respond(service.all().stream().map(NetworkRolesResponse::of).toList(), page);
    }

    @GetMapping("/{year}")
    @Operation(summary = "The roles of one year", description = "A year with nothing recorded answers an empty list "
            + "at version 0 (ETag \"0\"), which is what the first PUT sends in If-Match")
    ResponseEntity<NetworkRolesResponse> get(@PathVariable @Min(2016) @Max(2100) int year) {
        return respond(service.get(year));
    }

    @PutMapping("/{year}")
    @Operation(summary = "Set the whole set of roles of a year", description = "422 names every assignment to an "
            + "unknown member or one that was not a member during that year")
    ResponseEntity<NetworkRolesResponse> assign(@PathVariable @Min(2016) @Max(2100) int year,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AssignRolesRequest request) {
        return respond(service.assign(year, ifMatch, request));
    }

    private static ResponseEntity<NetworkRolesResponse> respond(Versioned<NetworkRoles> roles) {
        return ETags.ok(roles.version(), NetworkRolesResponse.of(roles));
    }
}
