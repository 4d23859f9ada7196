package org.wpsnetwork.kit.web;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * The stable problem types every service answers with ({@code type} of RFC 9457). Clients switch on the
 * type, not on the wording of {@code detail}.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request is invalid"),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not valid JSON"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    /** No valid access token: missing, expired, of another issuer or audience, or tampered with. */
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Sign-in required"),
    /** A valid sign-in that the service's access rules do not let do this. */
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    ALREADY_EXISTS("already-exists", HttpStatus.CONFLICT, "It already exists"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "The change conflicts with the current state"),
    VERSION_MISMATCH("version-mismatch", HttpStatus.PRECONDITION_FAILED, "It changed since you read it"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    RULE_VIOLATED("rule-violated", HttpStatus.UNPROCESSABLE_CONTENT, "The request breaks a rule"),
    /**
     * Member codes this service does not know. Services know members from the membership events, so a member
     * admitted a moment ago may not be known yet: a client may retry this one after a short wait.
     */
    UNKNOWN_MEMBERS("unknown-members", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown members"),
    /**
     * The record exists but is stored in a form this version cannot read (written by an older version or by
     * hand); an administrator restates it through {@code PUT /api/v1/admin/unreadable-records/...}.
     */
    UNREADABLE_RECORD("unreadable-record", HttpStatus.CONFLICT, "The record cannot be read"),
    IF_MATCH_REQUIRED("if-match-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match is required"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    /** For other framework statuses, which keep their standard reason phrase as title. */
    OTHER("error", HttpStatus.INTERNAL_SERVER_ERROR, "Error");

    public static final String URN_PREFIX = "urn:wps:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(URN_PREFIX + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type a framework-raised error of this status gets. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status && type != MALFORMED_JSON && type != CONFLICT && type != UNKNOWN_MEMBERS) {
                return type;
            }
        }
        return OTHER;
    }
}
