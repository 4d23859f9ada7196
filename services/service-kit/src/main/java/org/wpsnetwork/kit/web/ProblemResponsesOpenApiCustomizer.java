package org.wpsnetwork.kit.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Map;

/**
 * Documents the problem+json answers every operation can give, derived from its shape, so the OpenAPI
 * description matches what {@link ProblemHandler} actually does without annotating each endpoint.
 */
public class ProblemResponsesOpenApiCustomizer implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";
    private static final String BEARER = "bearer";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        // Every operation needs a bearer token of the identity provider (SecurityConfiguration).
        openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("An access token of the identity provider "
                        + "(audience wps-api); who may call what is the README's rule table"));
        openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addProblems(path, method, operation)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean changes = method != PathItem.HttpMethod.GET;
        boolean hasBody = operation.getRequestBody() != null;
        boolean takesIfMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        add(operation, "400", "Malformed request: bad JSON, unknown field, wrong value (see errors[])");
        add(operation, "401", "No valid access token (missing, expired, another issuer or audience, bad signature)");
        add(operation, "403", "Signed in, but this role or member may not do this");
        if (path.contains("{")) {
            add(operation, "404", "No such resource");
        }
        if (hasBody) {
            add(operation, "413", "Request body over 1 MiB");
        }
        if (changes) {
            add(operation, "409", "Conflicts with the current state");
            add(operation, "422", "Breaks a rule of the network (see errors[])");
        }
        if (takesIfMatch) {
            add(operation, "412", "If-Match names an older version; read again");
            add(operation, "428", "If-Match missing");
        }
        add(operation, "500", "Server fault; quote correlationId");
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.properties(Map.of(
                "field", new StringSchema().description("Path in the body, or header/parameter name"),
                "message", new StringSchema(),
                "rejectedValue", new Schema<>().description("What was sent, for short scalar values")));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.properties(Map.of(
                "type", new StringSchema().example("urn:wps:problem:invalid-request"),
                "title", new StringSchema(),
                "status", new IntegerSchema(),
                "detail", new StringSchema(),
                "instance", new StringSchema(),
                "correlationId", new StringSchema(),
                "errors", new ArraySchema().items(error)));
        return problem;
    }
}
